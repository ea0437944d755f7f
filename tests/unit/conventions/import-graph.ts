import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface Import {
  /** As written. */
  specifier: string;
  /** The file it names, for a relative import that resolves. */
  target: string | undefined;
}

/** Every import and re-export of a file, static or dynamic, with the file it resolves to. */
export function importsOf(file: string): Import[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.map(({ fileName }) => ({
    specifier: fileName,
    target: fileName.startsWith('.') ? resolveRelative(dirname(file), fileName) : undefined,
  }));
}

function resolveRelative(dir: string, specifier: string): string | undefined {
  const base = resolve(dir, specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile());
}

/** Every file `entry` reaches through relative imports of TypeScript files, itself included. */
export function reachableFrom(entry: string): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    for (const { target } of importsOf(queue.pop()!)) {
      if (target && /\.tsx?$/.test(target) && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen].sort();
}

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

export const fromRoot = (file: string) => relative(ROOT, file);
