// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

afterEach(cleanup);

let broken = true;
function Flaky() {
  if (broken) throw new Error('no such port group');
  return <p>inspector form</p>;
}

describe('ErrorBoundary', () => {
  it('shows a failed part in its place, keeps the rest of the page, and tries again', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <ErrorBoundary area="The inspector">
          <Flaky />
        </ErrorBoundary>
        <p>the canvas</p>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(
      /^The inspector stopped working: no such port group\. Your design is not affected/,
    );
    expect(screen.getByText('the canvas')).toBeTruthy();
    expect(logged).toHaveBeenCalled();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('inspector form')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    logged.mockRestore();
  });
});
