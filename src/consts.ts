/**
 * Site-wide names and language, shared by the layouts and the home page; and every key the site keeps in the
 * reader's localStorage, all here so no two features share one by accident (test/storage-keys.test.ts). Each is a
 * kebab-case name; its value is JSON, except the theme's bare word.
 */
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
/**
 * localStorage key for the order practice options are shown in: JSON `{ "*": <reader seed>, "<question key>": <n> }`
 * (seeds). lib/shared/quiz-order.ts repeats it as a literal, being inlined into pages as source text that can import
 * nothing; test/storage-keys.test.ts checks the two agree.
 */
export const PRACTICE_ORDER_STORAGE_KEY = 'practice-order';
/** localStorage key for the mock exam in progress: JSON `{ "exam": <ExamState> }` (lib/shared/mock-exam.ts). */
export const MOCK_EXAM_STORAGE_KEY = 'mock-exam';
/** localStorage key for the reader's last searches: a JSON array of strings, newest first. */
export const RECENT_SEARCHES_STORAGE_KEY = 'recent-searches';
