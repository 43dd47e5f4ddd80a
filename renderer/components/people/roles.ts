/** A member's role on a project, in the team's words (the same words documents print). */
export { roleLabel } from '../../../shared/documents/labels';
