/** Recording a new enquiry. */
import { PageHeader } from '../../components/PageHeader';

/** The new-enquiry page (being built). */
export function NewEnquiryPage() {
  return <PageHeader title="New enquiry" />;
}
