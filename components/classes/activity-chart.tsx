/** A small bar chart of a class's notes and replies per day, as SVG (server-rendered, no script). Messages: "ClassPage". */
import type { DateTimeFormatOptions } from "next-intl";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ClassActivity } from "@/lib/classes/types";

export async function ActivityChart({ days }: { days: ClassActivity["days"] }) {
  const t = await getTranslations("ClassPage");
  const format = await getFormatter();
  /** A day is "YYYY-MM-DD" in UTC (the formatter's zone too, see i18n/request.ts). */
  const day = (date: string, options: DateTimeFormatOptions) => format.dateTime(new Date(`${date}T00:00:00Z`), options);
  const width = 560;
  const height = 140;
  const pad = { top: 10, right: 8, bottom: 24, left: 28 };
  const max = Math.max(1, ...days.map((d) => d.notes + d.replies));
  const slot = (width - pad.left - pad.right) / days.length;
  const bar = Math.max(4, slot * 0.7);
  const y = (v: number) => pad.top + (height - pad.top - pad.bottom) * (1 - v / max);
  const total = days.reduce((sum, d) => sum + d.notes + d.replies, 0);
  return (
    <figure className="activity-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t("chartLabel", { days: days.length, total })}>
        <line x1={pad.left} x2={width - pad.right} y1={y(0)} y2={y(0)} className="axis" />
        <text x={pad.left - 6} y={y(max) + 4} textAnchor="end" className="tick">
          {format.number(max)}
        </text>
        <text x={pad.left - 6} y={y(0)} textAnchor="end" className="tick">
          {format.number(0)}
        </text>
        {days.map((d, i) => {
          const x = pad.left + i * slot + (slot - bar) / 2;
          return (
            <g key={d.date}>
              <title>{t("dayTitle", { date: day(d.date, { dateStyle: "medium" }), notes: d.notes, replies: d.replies })}</title>
              <rect x={x} width={bar} y={y(d.notes)} height={y(0) - y(d.notes)} className="bar-notes" />
              <rect x={x} width={bar} y={y(d.notes + d.replies)} height={y(d.notes) - y(d.notes + d.replies)} className="bar-replies" />
              {(i === 0 || i === days.length - 1 || i % 7 === 0) && (
                <text x={x + bar / 2} y={height - 6} textAnchor="middle" className="tick">
                  {day(d.date, { month: "numeric", day: "numeric" })}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {t.rich("caption", {
          notes: (chunks) => (
            <>
              <span className="key key-notes" /> {chunks}
            </>
          ),
          replies: (chunks) => (
            <>
              <span className="key key-replies" /> {chunks}
            </>
          ),
        })}
      </figcaption>
    </figure>
  );
}
