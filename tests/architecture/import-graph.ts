import fs from "node:fs";
import path from "node:path";

/** One source file of app/, components/ or lib/ and what it imports, read with a regex (enough for our code). */
export type SourceFile = {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  text: string;
  /** Project files it imports (resolved, relative to the root), type-only imports included. */
  imports: string[];
  /** Every import specifier as written. */
  specifiers: string[];
};

const ROOTS = ["app", "components", "lib"];
const ROOT_FILES = ["instrumentation.ts", "proxy.ts", "middleware.ts"];
const SOURCE = /\.(ts|tsx)$/;
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function listSources(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "fixtures" ? [] : listSources(root, rel);
    return SOURCE.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [rel] : [];
  });
}

function resolveLocal(root: string, from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const abs = path.join(root, candidate);
    if (fs.existsSync(abs) && fs.statSync(abs).isFile() && SOURCE.test(candidate)) return candidate;
  }
  return null;
}

export function readSourceGraph(root: string): Map<string, SourceFile> {
  const files = [...ROOTS.flatMap((dir) => listSources(root, dir)), ...ROOT_FILES.filter((f) => fs.existsSync(path.join(root, f)))];
  const graph = new Map<string, SourceFile>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), "utf8");
    const specifiers = [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2]);
    const imports = specifiers.map((s) => resolveLocal(root, file, s)).filter((f): f is string => f !== null);
    graph.set(file, { file, text, imports: [...new Set(imports)], specifiers });
  }
  return graph;
}

const directive = (text: string, name: string) => new RegExp(`^\\s*(?:/\\*[\\s\\S]*?\\*/\\s*|//[^\\n]*\\n\\s*)*["']${name}["']`).test(text);

export const isClientModule = (f: SourceFile) => directive(f.text, "use client");
export const isServerActionModule = (f: SourceFile) => directive(f.text, "use server");

/** lib/server is server-only by convention (STYLE.md), route handlers run only on the server. */
export const isServerOnly = (f: SourceFile) =>
  f.file.startsWith("lib/server/") || /\/route\.tsx?$/.test(f.file) || /^\s*import\s+["']server-only["']/m.test(f.text);

/** Client modules that reach a server-only module, as "client → … → server" chains. */
export function clientToServerChains(graph: Map<string, SourceFile>): string[] {
  const chains: string[] = [];
  for (const start of graph.values()) {
    if (!isClientModule(start)) continue;
    const seen = new Map<string, string[]>([[start.file, [start.file]]]);
    const queue = [start.file];
    while (queue.length > 0) {
      const current = graph.get(queue.shift()!)!;
      for (const next of current.imports) {
        if (seen.has(next)) continue;
        const node = graph.get(next);
        if (!node) continue;
        const chain = [...seen.get(current.file)!, next];
        seen.set(next, chain);
        // A client may call a server action: it gets a reference, not the module's code.
        if (isServerActionModule(node)) continue;
        if (isServerOnly(node)) chains.push(chain.join(" → "));
        else queue.push(next);
      }
    }
  }
  return chains;
}

/** Strongly connected components of more than one file (Tarjan), i.e. import cycles. */
export function importCycles(graph: Map<string, SourceFile>): string[][] {
  let index = 0;
  const indexes = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    indexes.set(file, index);
    low.set(file, index++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file)?.imports ?? []) {
      if (!graph.has(next)) continue;
      if (!indexes.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, indexes.get(next)!));
    }
    if (low.get(file) !== indexes.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file)!.imports.includes(file)) cycles.push(component.sort());
  };
  for (const file of graph.keys()) if (!indexes.has(file)) visit(file);
  return cycles;
}
