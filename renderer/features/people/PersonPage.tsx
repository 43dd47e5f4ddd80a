/** One researcher: their details, their training and the projects they are on. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';
import { useApp } from '../../app/app-context';
import { UnsavedFormsProvider } from '../../components/form/unsaved-forms';
import { PageHeader } from '../../components/PageHeader';
import { getPerson } from '../../db/repositories/people';
import { PersonDetails } from './PersonDetails';
import { PersonEmailDrafts } from './PersonEmailDrafts';
import { PersonProjects } from './PersonProjects';
import { PersonTraining } from './PersonTraining';
import './people.css';

/** The person page. */
export function PersonPage() {
  const { personId = '' } = useParams();
  const { db } = useApp();
  const found = useLiveQuery(async () => ({ person: await getPerson(db, personId) }), [db, personId]);
  if (found === undefined) return null;
  const { person } = found;
  if (!person) {
    return (
      <>
        <PageHeader title="Person not found" description="No one is recorded under this address." />
        <p>
          <Link to="/people">Go to the people register</Link>
        </p>
      </>
    );
  }
  return (
    <UnsavedFormsProvider>
      <PageHeader
        title={person.name}
        description={[person.organisation, person.department].filter(Boolean).join(' · ')}
        actions={
          <Link to="/people" className="button secondary">
            All people
          </Link>
        }
      />
      <PersonDetails person={person} />
      <PersonTraining person={person} />
      <PersonProjects person={person} />
      <PersonEmailDrafts person={person} />
    </UnsavedFormsProvider>
  );
}
