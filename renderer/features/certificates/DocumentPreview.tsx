/**
 * A DSH document (the blocks the PDF is drawn from) shown as HTML on a sheet of paper: the same text, in the
 * same order, as the PDF prints. Headings start at `level` so they sit under the page's own outline.
 */
import type { ReactNode } from 'react';
import { fingerprintGroups, type Block, type DocumentSpec } from '../../../shared/documents/pdf/blocks';
import './certificates.css';

type Level = 2 | 3;

function Heading({ level, children, className }: { level: number; children: ReactNode; className: string }) {
  const Tag = `h${Math.min(level, 6)}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  return <Tag className={className}>{children}</Tag>;
}

function BlockView({ block, level }: { block: Block; level: Level }) {
  switch (block.kind) {
    case 'letterhead':
      return (
        <header className="doc-letterhead">
          <p className="doc-organisation">{block.organisation}</p>
          {block.details?.map((detail) => (
            <p key={detail} className="doc-letterhead-detail">
              {detail}
            </p>
          ))}
          <Heading level={level} className="doc-title">
            {block.title}
          </Heading>
          {block.subtitle && <p className="doc-subtitle">{block.subtitle}</p>}
        </header>
      );
    case 'keyFacts':
      return (
        <dl className="doc-key-facts">
          {block.facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'heading':
      return (
        <Heading level={level + 1} className="doc-heading">
          {block.text}
        </Heading>
      );
    case 'subheading':
      return (
        <Heading level={level + 2} className="doc-subheading">
          {block.text}
        </Heading>
      );
    case 'fields':
      return (
        <dl className="doc-fields">
          {block.rows.map((row, i) => (
            <div key={i}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'paragraph':
      return <p className={`doc-paragraph tone-${block.tone ?? 'body'}`}>{block.text}</p>;
    case 'table':
      return block.rows.length === 0 ? (
        <p className="doc-empty">{block.empty}</p>
      ) : (
        <table className="doc-table">
          <thead>
            <tr>
              {block.columns.map((column) => (
                <th key={column.header} scope="col">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'entries':
      return block.items.length === 0 ? (
        <p className="doc-empty">{block.empty}</p>
      ) : (
        <ol className="doc-entries">
          {block.items.map((item, i) => (
            <li key={i}>
              <span className="doc-entry-text">{item.text}</span>
              <span className="doc-entry-detail">{item.detail}</span>
            </li>
          ))}
        </ol>
      );
    case 'fingerprint':
      return (
        <div className="doc-fingerprint">
          <p className="doc-fingerprint-label">{block.label}</p>
          <p className="doc-fingerprint-hex">
            {fingerprintGroups(block.hex).map((group, i) => (
              <span key={i}>{group}</span>
            ))}
          </p>
        </div>
      );
  }
}

/** The document as one sheet; `mark` (e.g. "Preview — not issued") is shown across it. */
export function DocumentPreview({
  spec,
  label,
  level = 3,
  mark,
}: {
  spec: DocumentSpec;
  /** What the sheet is, for screen readers ("Preview of the certificate"). */
  label: string;
  level?: Level;
  mark?: string;
}) {
  return (
    <article className={`doc-sheet${mark ? ' is-marked' : ''}`} aria-label={label}>
      {mark && (
        // Drawn by CSS from data-mark: a faint watermark is decoration, not text to read or to hold to
        // text contrast (the sheet says it is a preview in words elsewhere).
        <p className="doc-mark" data-mark={mark} aria-hidden="true" />
      )}
      {spec.blocks.map((block, i) => (
        <BlockView key={i} block={block} level={level} />
      ))}
      <footer className="doc-footer">{spec.runningTitle}</footer>
    </article>
  );
}
