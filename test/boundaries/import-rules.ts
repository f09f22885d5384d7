import path from 'node:path';
import ts from 'typescript';

/** Packages that belong to the adapters: the core must stay platform-neutral. */
const FORBIDDEN_PACKAGES = [/^@slack\//, /^discord\.js$/, /^@discordjs\//, /^discord-api-types(\/|$)/, /^express$/];

/** Layers above the core that it must never reach into (relative imports are resolved against these). */
const FORBIDDEN_LAYERS = ['src/adapters', 'src/app', 'src/cli', 'src/config.ts'];

export interface BoundaryViolation {
  file: string;
  line: number;
  what: string;
}

/**
 * Parses one core source file with the TypeScript compiler and lists what breaks the core boundary:
 * imports/exports/dynamic imports/require of adapter packages or upper layers, and any read of `process.env`
 * (`process.env.X`, `process['env']`, `const { env } = process`, `import { env } from 'node:process'`).
 */
export function findBoundaryViolations(file: string, source: string, repoRoot: string): BoundaryViolation[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const violations: BoundaryViolation[] = [];
  const processNames = new Set(['process', ...processAliases(sourceFile)]);
  const isProcess = (node: ts.Node): boolean => {
    const inner = ts.isParenthesizedExpression(node) ? node.expression : node;
    if (ts.isIdentifier(inner)) return processNames.has(inner.text);
    return ts.isPropertyAccessExpression(inner) && inner.name.text === 'process'; // globalThis.process
  };
  const report = (node: ts.Node, what: string) => {
    const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    violations.push({ file: path.relative(repoRoot, file), line: line + 1, what });
  };

  const checkSpecifier = (node: ts.Node, specifier: string) => {
    if (FORBIDDEN_PACKAGES.some((pattern) => pattern.test(specifier))) report(node, `imports ${specifier}`);
    if (specifier.startsWith('.')) {
      const target = path
        .relative(repoRoot, path.resolve(path.dirname(file), specifier))
        .split(path.sep)
        .join('/');
      const layer = FORBIDDEN_LAYERS.find((forbidden) => target === forbidden || target.startsWith(`${forbidden}/`));
      if (layer) report(node, `imports ${specifier} from ${layer}`);
    }
  };

  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) {
        checkSpecifier(node, node.moduleSpecifier.text);
        if (isProcessModule(node.moduleSpecifier.text) && importsEnv(node)) report(node, 'imports env from process');
      }
    } else if (ts.isCallExpression(node) && isImportOrRequire(node)) {
      const [first] = node.arguments;
      if (first && ts.isStringLiteralLike(first)) checkSpecifier(node, first.text);
      else report(node, 'loads a module by computed name');
    } else if (ts.isPropertyAccessExpression(node) && isProcess(node.expression) && node.name.text === 'env') {
      report(node, 'reads process.env');
    } else if (ts.isElementAccessExpression(node) && isProcess(node.expression)) {
      report(node, 'reads process[...]');
    } else if (ts.isVariableDeclaration(node) && node.initializer && isProcess(node.initializer)) {
      report(node, 'destructures process');
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return violations;
}

/** Local names bound to the whole process module (`import p from 'node:process'`, `import * as p from ...`). */
function processAliases(sourceFile: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!isProcessModule(statement.moduleSpecifier.text)) continue;
    const clause = statement.importClause;
    if (clause?.name) names.push(clause.name.text);
    if (clause?.namedBindings && ts.isNamespaceImport(clause.namedBindings)) names.push(clause.namedBindings.name.text);
  }
  return names;
}

function isProcessModule(specifier: string): boolean {
  return specifier === 'process' || specifier === 'node:process';
}

function importsEnv(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return true;
  const bindings = node.importClause?.namedBindings;
  // Default and namespace imports are caught where `.env` is read on them.
  if (!bindings || ts.isNamespaceImport(bindings)) return false;
  return bindings.elements.some((element) => (element.propertyName ?? element.name).text === 'env');
}

function isImportOrRequire(node: ts.CallExpression): boolean {
  if (node.expression.kind === ts.SyntaxKind.ImportKeyword) return true;
  return ts.isIdentifier(node.expression) && node.expression.text === 'require';
}
