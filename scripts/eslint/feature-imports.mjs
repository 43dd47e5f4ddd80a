/**
 * ESLint rule `dsh/no-cross-feature-imports`: a file in renderer/features/<a>/ imports nothing from
 * renderer/features/<b>/. What several features need lives in renderer/components/ (UI) or renderer/app/
 * (app-wide hooks and navigation), so a feature can be read, changed or removed on its own. The import is
 * resolved from the file's folder, so `../settings/...` inside calendar/week/ (calendar's own settings folder)
 * is not mistaken for the settings feature.
 */
import path from 'node:path';

const FEATURES = /[\\/]renderer[\\/]features[\\/]([^\\/]+)[\\/]/;

/** The feature folder `file` is in, or null outside renderer/features/. */
function featureOf(file) {
  return FEATURES.exec(file)?.[1] ?? null;
}

/** `file` from renderer/ on, with forward slashes (how the allowed list names files). */
function fromRenderer(file) {
  const normal = file.split(path.sep).join('/');
  return normal.slice(normal.lastIndexOf('/renderer/') + 1);
}

/** @type {import('eslint').Rule.RuleModule} */
const noCrossFeatureImports = {
  meta: {
    type: 'problem',
    docs: { description: 'A feature imports nothing from another feature.' },
    schema: [
      {
        type: 'object',
        properties: { allow: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      crossing:
        '{{from}} is in the feature "{{a}}" and imports from the feature "{{b}}". Move what both need to ' +
        'renderer/components/ or renderer/app/.',
    },
  },
  create(context) {
    const file = context.filename;
    const a = featureOf(file);
    if (a === null) return {};
    const allowed = new Set(context.options[0]?.allow ?? []);

    /** Reports `source` when it names a module of another feature. */
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source);
      const b = featureOf(target + path.sep);
      if (b === null || b === a) return;
      if (allowed.has(`${fromRenderer(file)} -> ${fromRenderer(target)}`)) return;
      context.report({ node, messageId: 'crossing', data: { from: path.basename(file), a, b } });
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

/** The project's own ESLint rules. */
export const dshRules = { rules: { 'no-cross-feature-imports': noCrossFeatureImports } };
