/** A table on the class page: scrolls sideways on its own on a phone, and ends with an unlabelled-looking actions column. */
import type { ReactNode } from "react";

/** A column heading; numeric columns align right. */
export type Column = string | { label: string; numeric: true };

export function ClassTable({
  labelledBy,
  actionsLabel,
  columns,
  children,
}: {
  labelledBy: string;
  actionsLabel: string;
  columns: Column[];
  children: ReactNode;
}) {
  return (
    <div className="class-table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="class-table">
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
