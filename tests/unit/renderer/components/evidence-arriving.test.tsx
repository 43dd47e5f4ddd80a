/**
 * An evidence file whose row came from the team before its bytes: the person's training lists it and says, in
 * words, that it is held by the team server and not yet on this computer (Open says so too, instead of an
 * error); a file the server held wrongly shows why it was refused.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { PersonPage } from '../../../../renderer/features/people/PersonPage';
import { EVIDENCE_REFUSED_KEY, EVIDENCE_TO_FETCH_KEY } from '../../../../renderer/db/sync/evidence-due';
import { fixtureId } from '../../../helpers/domain-fixtures';
import { harness, renderSignedIn, storedPerson, storedTraining } from '../features/stages/app-harness';

jest.setTimeout(60_000);

const file = (n: number, entityId: string) => ({
  id: fixtureId(800 + n),
  sha256: String(n).repeat(64),
  entity: 'training-record',
  entityId,
  fileName: `certificate ${n}.pdf`,
  mediaType: 'application/pdf' as const,
  size: 2048,
  at: '2026-11-25T10:00:00.000Z',
  staffId: fixtureId(201),
  staffName: 'Kim Officer',
});

it('lists a file on its way from the team in words, and one refused with why', async () => {
  const h = await harness();
  const person = await storedPerson(h);
  const [course] = await storedTraining(h, person.id);
  await h.db.evidenceFiles.bulkAdd([file(1, course!.id), file(2, course!.id)]);
  await h.db.meta.bulkPut([
    { key: EVIDENCE_TO_FETCH_KEY, value: JSON.stringify([fixtureId(801)]) },
    {
      key: EVIDENCE_REFUSED_KEY,
      value: JSON.stringify({ [fixtureId(802)]: 'The team server’s copy differs.' }),
    },
  ]);
  renderSignedIn(
    h,
    <Routes>
      <Route path="/people/:personId" element={<PersonPage />} />
    </Routes>,
    `/people/${person.id}`,
  );

  const arriving = (await screen.findByText('certificate 1.pdf')).closest('li')!;
  expect(
    within(arriving).getByText('Is held by the team server, not yet on this computer.'),
  ).toBeInTheDocument();
  await userEvent.click(within(arriving).getByRole('button', { name: 'Open certificate 1.pdf' }));
  expect(
    await screen.findByText(
      'certificate 1.pdf is held by the team server, not yet on this computer; it opens once it has arrived.',
    ),
  ).toBeInTheDocument();
  const refused = screen.getByText('certificate 2.pdf').closest('li')!;
  expect(within(refused).getByText('The team server’s copy differs.')).toBeInTheDocument();
});
