import { getFormat, type Report } from "@/lib/report-format";
import { OfficialTable } from "./official-table";

// A whole report in the official layout: the six sections with their headings, texts as
// paragraphs (React escapes all text: no HTML from a report is ever interpreted), tables as printed.

function Paragraphs({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  if (paragraphs.length === 0)
    return (
      <div className="report-text">
        <p className="empty">（未填写）</p>
      </div>
    );
  return (
    <div className="report-text">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}

export function ReportDocument({ report }: { report: Report }) {
  const format = getFormat(report.format);
  return (
    <div className="report-document">
      {format.sections.map((section) => (
        <section key={section.key} className="report-section" aria-labelledby={`section-${section.key}`}>
          <h2 id={`section-${section.key}`}>{section.heading}</h2>
          {section.content.kind === "text" ? (
            <Paragraphs text={report.texts[section.key as keyof Report["texts"]] ?? ""} />
          ) : (
            section.content.tables.map((table) => (
              <OfficialTable
                key={table.key}
                table={table}
                values={report.tables[table.key]}
                label={table.band ?? section.heading.replace(/^[一二三四五六]、/, "")}
              />
            ))
          )}
        </section>
      ))}
    </div>
  );
}
