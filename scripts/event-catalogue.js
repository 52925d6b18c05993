#!/usr/bin/env node
// Writes docs/event-catalogue.md from the event types in libs/domain, so the catalogue cannot
// drift from the code. `--check` fails (exit 1) when the committed catalogue is out of date.
const { readFileSync, writeFileSync, existsSync } = require('node:fs');
const { join, relative, dirname, basename } = require('node:path');
const ts = require('typescript');

const root = join(__dirname, '..');
const target = join(root, 'docs', 'event-catalogue.md');

function eventFiles() {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  const files = config.fileNames.filter(
    (file) => file.includes('/libs/domain/src/') && file.endsWith('.events.ts'),
  );
  return { files: files.sort(), options: config.options };
}

/** Named object shapes declared in libs/domain that event fields refer to, e.g. QuorumRule. */
function namedShapes(checker, type, found) {
  const candidates = checker.isArrayType(type) ? checker.getTypeArguments(type) : [type];
  for (const candidate of candidates.flatMap((t) => (t.isUnion() ? t.types : [t]))) {
    const symbol = candidate.aliasSymbol ?? candidate.getSymbol();
    const declaration = symbol?.getDeclarations()?.[0];
    const inDomain = declaration?.getSourceFile().fileName.includes('/libs/domain/src/');
    if (!inDomain || !(candidate.flags & ts.TypeFlags.Object) || found.has(symbol.getName())) {
      continue;
    }
    found.set(symbol.getName(), { type: candidate, node: declaration });
    for (const property of checker.getPropertiesOfType(candidate)) {
      namedShapes(checker, checker.getTypeOfSymbolAtLocation(property, declaration), found);
    }
  }
}

function fieldsOf(checker, type, location) {
  return checker.getPropertiesOfType(type).map((property) => ({
    name: property.getName(),
    type: checker
      .typeToString(
        checker.getTypeOfSymbolAtLocation(property, location),
        undefined,
        ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope,
      )
      .replace(/\|/g, '\\|'),
    optional: (property.getFlags() & ts.SymbolFlags.Optional) !== 0,
  }));
}

function describeEvents(program, file, shapes) {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const events = [];
  ts.forEachChild(source, (node) => {
    if (!ts.isTypeAliasDeclaration(node) || !ts.isTypeReferenceNode(node.type)) return;
    if (node.type.typeName.getText(source) !== 'DomainEvent') return;
    const [typeArg, dataArg, versionArg] = node.type.typeArguments ?? [];
    if (!typeArg || !dataArg || !versionArg) return;
    const dataType = checker.getTypeFromTypeNode(dataArg);
    const fields = fieldsOf(checker, dataType, dataArg);
    for (const property of checker.getPropertiesOfType(dataType)) {
      namedShapes(checker, checker.getTypeOfSymbolAtLocation(property, dataArg), shapes);
    }
    const docs = ts.displayPartsToString(
      checker.getSymbolAtLocation(node.name)?.getDocumentationComment(checker) ?? [],
    );
    events.push({
      type: typeArg.getText(source).replace(/['"]/g, ''),
      version: Number(versionArg.getText(source)),
      docs,
      fields,
    });
  });
  return events;
}

function olderVersions(feature) {
  const versions = new Map();
  const folder = dirname(feature);
  const upcasterFile = ts.sys
    .readDirectory(folder, ['.ts'])
    .find((file) => file.endsWith('.upcasters.ts'));
  if (!upcasterFile) return versions;
  const text = readFileSync(upcasterFile, 'utf8');
  for (const match of text.matchAll(/type:\s*'(\w+)',\s*fromVersion:\s*(\d+)/g)) {
    const list = versions.get(match[1]) ?? [];
    list.push(Number(match[2]));
    versions.set(match[1], list);
  }
  return versions;
}

function fieldTable(fields) {
  const rows = fields.map((f) => `| ${f.name}${f.optional ? '?' : ''} | \`${f.type}\` |`);
  return ['| field | type |', '| --- | --- |', ...rows, ''];
}

function render() {
  const { files, options } = eventFiles();
  const program = ts.createProgram(files, options);
  const shapes = new Map();
  const lines = [
    '# Event catalogue',
    '',
    'Every event Concordat records, with its current schema version and fields. Generated from',
    'the event types in `libs/domain` by `npm run docs:events`; CI fails when it is out of date.',
    'Every stored event also carries the store envelope: id, stream id and revision, global',
    'position, type, schema version, metadata (actor, correlation id, causation id, command id,',
    'occurred-at), recorded-at, previous hash, hash and the canonical text that was hashed.',
    '',
  ];
  for (const file of files) {
    const events = describeEvents(program, file, shapes);
    if (events.length === 0) continue;
    const older = olderVersions(file);
    lines.push(`## ${basename(file, '.events.ts')}`, '', `Source: \`${relative(root, file)}\``, '');
    for (const event of events) {
      lines.push(`### ${event.type} (v${event.version})`, '');
      if (event.docs) lines.push(event.docs, '');
      const upcast = older.get(event.type);
      if (upcast) {
        const from = upcast
          .sort()
          .map((version) => `v${version}`)
          .join(', ');
        lines.push(`Stored ${from} events are upcast on read to v${event.version}.`, '');
      }
      lines.push(...fieldTable(event.fields));
    }
  }
  if (shapes.size > 0) {
    lines.push('## Shapes used in events', '');
    const checker = program.getTypeChecker();
    for (const [name, { type, node }] of [...shapes].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`### ${name}`, '', ...fieldTable(fieldsOf(checker, type, node)));
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const text = render();
if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error('docs/event-catalogue.md is out of date: run `npm run docs:events`');
    process.exit(1);
  }
  console.info('docs/event-catalogue.md is current');
} else {
  writeFileSync(target, text);
  console.info(`wrote ${relative(root, target)}`);
}
