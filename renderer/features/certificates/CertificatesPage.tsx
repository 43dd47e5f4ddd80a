/**
 * Route `certificates`: the certificate register — every certificate of deletion issued, newest first,
 * searchable by number or project reference, each one exportable again; and verification of a certificate
 * file against the register.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type FormEvent } from 'react';
import { useApp } from '../../app/app-context';
import { Field } from '../../components/form/Field';
import { PageHeader } from '../../components/PageHeader';
import { REGISTER_PAGE_SIZE, SEARCH_LIMIT, registerPage, searchRegister } from './certificate-queries';
import { CertificateTable } from './CertificateTable';
import { VerifyCertificateFile } from './VerifyCertificateFile';
import '../../components/form/forms.css';
import './certificates.css';
import { prefetchPdfTools } from '../../components/documents/pdf-documents';

const COUNT = new Intl.NumberFormat('en-GB');

/** The certificate register page. */
export function CertificatesPage() {
  const { db } = useApp();
  useEffect(prefetchPdfTools, []);
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const listed = useLiveQuery(async () => {
    if (search) {
      const certificates = await searchRegister(db, search);
      return { search, page, certificates, total: certificates.length };
    }
    return { search, page, ...(await registerPage(db, page)) };
  }, [db, search, page]);
  // useLiveQuery keeps the last answer while it reads the next: never show one search's rows under another's words.
  const current = listed?.search === search && listed.page === page ? listed : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSearch(typed.trim());
    setPage(0);
  }

  const pages = current && !search ? Math.max(1, Math.ceil(current.total / REGISTER_PAGE_SIZE)) : 1;
  return (
    <>
      <PageHeader
        title="Certificates"
        description="The register of every certificate of deletion issued, with the fingerprint each copy is checked against."
      />
      <VerifyCertificateFile />
      <section className="panel" aria-labelledby="register-heading">
        <h2 id="register-heading">Certificates</h2>
        <form className="filter-bar" role="search" onSubmit={submit}>
          <Field
            label="Certificate number or project reference"
            hint="For example DSH-CERT-2026-0007 or 2026-014."
          >
            <input type="search" value={typed} onChange={(event) => setTyped(event.target.value)} />
          </Field>
          <div className="filter-actions">
            <button type="submit" className="button secondary">
              Search
            </button>{' '}
            {search && (
              <button
                type="button"
                className="button-link"
                onClick={() => {
                  setTyped('');
                  setSearch('');
                }}
              >
                Show all
              </button>
            )}
          </div>
        </form>
        <p role="status" className="muted">
          {current === undefined
            ? 'Reading the register…'
            : search
              ? `${COUNT.format(current.total)} certificate${current.total === 1 ? ' matches' : 's match'} “${search}”${current.total === SEARCH_LIMIT ? ' (the first ' + SEARCH_LIMIT + ')' : ''}.`
              : `${COUNT.format(current.total)} certificate${current.total === 1 ? '' : 's'} in the register.`}
        </p>
        {current && current.certificates.length > 0 && (
          <CertificateTable certificates={current.certificates} />
        )}
        {!search && pages > 1 && (
          <nav className="pager" aria-label="Register pages">
            <button
              type="button"
              className="button secondary"
              disabled={page === 0}
              onClick={() => setPage(page - 1)}
            >
              Newer
            </button>
            <span>
              Page {page + 1} of {pages}
            </span>
            <button
              type="button"
              className="button secondary"
              disabled={page + 1 >= pages}
              onClick={() => setPage(page + 1)}
            >
              Older
            </button>
          </nav>
        )}
      </section>
    </>
  );
}
