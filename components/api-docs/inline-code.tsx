/** The document's descriptions mark code with backticks: shown as <code>, everything else as text. */
export function InlineCode({ text }: { text: string }) {
  return (
    <>
      {text.split("`").map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="rounded bg-slate-100 px-1 font-mono text-[0.9em] text-slate-900">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}
