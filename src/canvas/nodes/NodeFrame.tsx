import type { ReactNode } from 'react';

/** The box every node draws in: sized to the scene box, with the test id and selection state. */
export function NodeFrame(props: {
  id: string;
  kind: string;
  width: number | undefined;
  height: number | undefined;
  selected: boolean;
  className?: string;
  label: string;
  children: ReactNode;
}) {
  const classes = [
    'vnet-node',
    `vnet-${props.kind}`,
    props.selected ? 'is-selected' : '',
    props.className ?? '',
  ];
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      style={{ width: props.width, height: props.height }}
      data-testid={`node:${props.id}`}
      aria-label={props.label}
    >
      {props.children}
    </div>
  );
}
