/**
 * The scripts of the answer blocks: opening answers from links and for print (answer-block), the self-check
 * marks under each answer (self-check) and the page's show/hide/reset controls (answer-controls). They always
 * appear together, so they ship as one module from AnswerBlock.astro, which keeps a checkpoint page under its 4 KB
 * JavaScript budget (three small files compress worse than one).
 */
import '../components/answer-block-element';
import '../components/self-check-element';
import '../components/answer-controls-element';
