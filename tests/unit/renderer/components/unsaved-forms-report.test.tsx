/**
 * The page tells main which forms are unsaved, so that closing the desktop window names them in
 * "Leave without saving?" (electron/unsaved-changes.ts): named forms by name, the others counted.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { UnsavedForms } from '../../../../shared/contract/payloads';
import type { DshBridge } from '../../../../shared/contract/bridge';
import { UnsavedFormsProvider, useUnsavedForm } from '../../../../renderer/components/form/unsaved-forms';

const reports: UnsavedForms[] = [];
// The desktop host: the preload's bridge, of which the page uses only this operation here.
window.dsh = {
  noteUnsavedForms: async (forms: UnsavedForms) => {
    reports.push(forms);
    return { ok: true };
  },
} as unknown as DshBridge;

function Form({ label }: { label?: string }) {
  const [dirty, setDirty] = useState(false);
  useUnsavedForm(dirty, label);
  return (
    <button type="button" onClick={() => setDirty(!dirty)}>
      Toggle {label ?? 'unnamed'}
    </button>
  );
}

function Page() {
  return (
    <UnsavedFormsProvider>
      <Form label="Initial discussion" />
      <Form />
    </UnsavedFormsProvider>
  );
}

it('reports the unsaved forms as they change, and nothing once they are saved', async () => {
  const router = createMemoryRouter([{ path: '/', element: <Page /> }]);
  render(<RouterProvider router={router} />);
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Toggle Initial discussion' }));
  expect(reports.at(-1)).toEqual({ labels: ['Initial discussion'], unnamed: 0 });
  await user.click(screen.getByRole('button', { name: 'Toggle unnamed' }));
  expect(reports.at(-1)).toEqual({ labels: ['Initial discussion'], unnamed: 1 });
  await user.click(screen.getByRole('button', { name: 'Toggle Initial discussion' }));
  await user.click(screen.getByRole('button', { name: 'Toggle unnamed' }));
  expect(reports.at(-1)).toEqual({ labels: [], unnamed: 0 });
});
