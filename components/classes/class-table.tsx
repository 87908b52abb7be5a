/**
 * A table on the class page: scrolls sideways on its own on a phone, and ends with an
 * unlabelled-looking actions column. `stacked`: on a phone each row is a card instead (its cells
 * one under another, each labelled from its `data-label`), so nothing needs sideways scrolling.
 */
import type { ReactNode } from "react";

/** A column heading; numeric columns align right. */
export type Column = string | { label: string; numeric: true };

export function ClassTable({
  labelledBy,
  actionsLabel,
  columns,
  stacked,
  children,
}: {
  labelledBy: string;
  actionsLabel: string;
  columns: Column[];
  stacked?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="class-table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className={stacked ? "class-table class-table-stacked" : "class-table"}>
        <thead>
          <tr>
            {columns.map((column) =>
              typeof column === "string" ? (
                <th key={column} scope="col">
                  {column}
                </th>
              ) : (
                <th key={column.label} scope="col" className="num">
                  {column.label}
                </th>
              ),
            )}
            <th scope="col">
              <span className="visually-hidden">{actionsLabel}</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
