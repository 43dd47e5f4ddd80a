/** The project register: reaching it, recording an enquiry from it, and opening a project it lists. */
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import type { ProjectRef } from './project-page';
import { goToSection } from './sidebar';

/** The register, from the sidebar. */
export async function openRegister(page: Page): Promise<void> {
  await goToSection(page, 'Projects');
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
}

/** What the specs type in the New enquiry form (the rest is the same for every enquiry). */
export interface Enquiry {
  title: string;
  contact: string;
  email: string;
}

/** Records a new enquiry from the register and returns its reference, read from the project page. */
export async function recordEnquiry(page: Page, enquiry: Enquiry): Promise<string> {
  await openRegister(page);
  await page.getByRole('link', { name: 'New enquiry' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'New enquiry' })).toBeVisible();
  await page.getByLabel('Working title').fill(enquiry.title);
  await page.getByLabel('Contact name').fill(enquiry.contact);
  await page.getByLabel('Contact e-mail address').fill(enquiry.email);
  await page.getByLabel('Organisation').fill('University of Westmoor');
  await page.getByLabel('Department').fill('Population Health');
  await page.getByLabel('Brief description').fill('Linked primary care and pollution records.');
  await page.getByRole('button', { name: 'Save enquiry' }).click();
  const heading = page.getByRole('heading', { level: 1, name: new RegExp(enquiry.title) });
  await expect(heading).toBeVisible();
  return (await heading.textContent())!.split(' · ')[0]!;
}

/**
 * Opens the register filtered and sorted by `query` (`stage=closure&status=open`, say), follows its first
 * project's link and answers that project, once its page shows it.
 */
export async function openFirstListedProject(page: Page, query: string): Promise<ProjectRef> {
  await page.goto(`/#/projects?${query}`);
  const link = page.getByRole('table').getByRole('link').first();
  const reference = /DSH-\d{4}-\d{3,}/.exec((await link.textContent()) ?? '')![0];
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
  const id = /projects\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  return { id, reference };
}
