/** Site-wide names and language, shared by the layouts and the home page. */
export const SITE_TITLE = 'Streaming Study Guides';
export const SITE_DESCRIPTION =
  'Free, searchable study guides for the AWS Certified Data Engineer – Associate (DEA-C01) exam, section by section.';
export const SITE_LANG = 'en';
/** localStorage key for the reader's theme choice ("light" | "dark"); absent means Auto (follow the system). */
export const THEME_STORAGE_KEY = 'theme';
/** localStorage key for the reader's self-check marks: JSON `{ "<page id>#<n>": "known" | "review" }`. */
export const SELF_CHECK_STORAGE_KEY = 'self-check';
/** localStorage key for practice answers: JSON `{ "<guide>/practice#<question id>": ["a", "c"] }` (the checked options). */
export const PRACTICE_STORAGE_KEY = 'practice';
/** localStorage key for the flashcard schedule: JSON `{ "<deck>:<card>": { "box": 0–5, "due": <day number> } }`. */
export const SCHEDULE_STORAGE_KEY = 'flashcard-schedule';
