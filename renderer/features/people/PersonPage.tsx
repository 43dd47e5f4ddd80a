/** One researcher: their training and their projects. */
import { useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';

/** The person page (being built). */
export function PersonPage() {
  const { personId } = useParams();
  return <PageHeader title="Person" description={`Person ${personId ?? ''}`} />;
}
