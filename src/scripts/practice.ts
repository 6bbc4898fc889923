/**
 * The scripts of the practice questions: each question (quiz-question) and, on a guide's practice page, the set
 * around them (practice-set). One module, so a page with questions loads one file and pages without none.
 */
import '../components/quiz-question-element';
import '../components/practice-set-element';
