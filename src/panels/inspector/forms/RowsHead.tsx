// The header row of an editable table: a column header per field, then the
// column of row actions (move, remove), which has no visible title.

export function RowsHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((title) => (
          <th key={title} scope="col">
            {title}
          </th>
        ))}
        <th scope="col" aria-label="Actions" />
      </tr>
    </thead>
  );
}
