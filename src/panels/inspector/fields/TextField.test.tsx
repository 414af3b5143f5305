// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mtuAdapter } from '../../../model/fields';
import { parseCidr } from './fieldParsers';
import { NumberField } from './NumberField';
import { TextField } from './TextField';

afterEach(cleanup);

describe('TextField', () => {
  it('shows a parse error as the user types, with aria-invalid, and commits nothing', () => {
    const commit = vi.fn(() => null);
    render(<TextField label="IP" testId="f" value="10.0.0.1/24" parse={parseCidr} onCommit={commit} />);
    const input = screen.getByLabelText('IP');
    fireEvent.change(input, { target: { value: '10.0.0.300/24' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('f.error').textContent).toMatch(/not an IPv4 address/);
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByTestId('f.error').id);
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.blur(input);
    expect(commit).not.toHaveBeenCalled();
  });

  it('is described by its hint, or by its error while the error hides the hint, never by a missing element', () => {
    render(
      <TextField
        label="IP"
        testId="f"
        value=""
        hint="CIDR, like 10.0.0.1/24"
        parse={parseCidr}
        onCommit={() => null}
      />,
    );
    const input = screen.getByLabelText('IP');
    const describedBy = () => (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    const texts = () => describedBy().map((id) => document.getElementById(id)?.textContent);
    expect(texts()).toEqual(['CIDR, like 10.0.0.1/24']);
    fireEvent.change(input, { target: { value: '10.0.0.300/24' } });
    expect(texts()).toEqual([expect.stringMatching(/not an IPv4 address/)]);
    fireEvent.change(input, { target: { value: '10.0.0.3/24' } });
    expect(texts()).toEqual(['CIDR, like 10.0.0.1/24']);
  });

  it('commits a valid value on Enter and on blur, once per change', () => {
    const commit = vi.fn(() => null);
    render(<TextField label="IP" testId="f" value="10.0.0.1/24" parse={parseCidr} onCommit={commit} />);
    const input = screen.getByLabelText('IP');
    fireEvent.change(input, { target: { value: '10.0.0.2/24' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(commit).toHaveBeenCalledWith('10.0.0.2/24');
    fireEvent.blur(input);
    expect(commit).toHaveBeenCalledTimes(2);
    fireEvent.change(input, { target: { value: '10.0.0.1/24' } });
    fireEvent.blur(input);
    // Back at the committed value: nothing to commit.
    expect(commit).toHaveBeenCalledTimes(2);
  });

  it('shows the command’s refusal inline', () => {
    render(
      <TextField
        label="IP"
        testId="f"
        value="10.0.0.1/24"
        parse={parseCidr}
        onCommit={() => 'the id is taken'}
      />,
    );
    const input = screen.getByLabelText('IP');
    fireEvent.change(input, { target: { value: '10.0.0.9/24' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByTestId('f.error').textContent).toBe('the id is taken');
  });

  it('Escape reverts the draft; a new committed value (undo) replaces it', () => {
    const { rerender } = render(
      <TextField label="IP" testId="f" value="10.0.0.1/24" parse={parseCidr} onCommit={() => null} />,
    );
    const input = screen.getByLabelText<HTMLInputElement>('IP');
    fireEvent.change(input, { target: { value: 'junk' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('10.0.0.1/24');
    expect(screen.queryByTestId('f.error')).toBeNull();
    fireEvent.change(input, { target: { value: 'junk' } });
    act(() =>
      rerender(
        <TextField label="IP" testId="f" value="10.0.0.7/24" parse={parseCidr} onCommit={() => null} />,
      ),
    );
    expect(input.value).toBe('10.0.0.7/24');
    expect(screen.queryByTestId('f.error')).toBeNull();
  });
});

describe('NumberField', () => {
  it('checks the range of its schema, and an empty optional field removes the key', () => {
    const commit = vi.fn(() => null);
    render(
      <NumberField
        label="MTU"
        testId="m"
        value={9000}
        schema={mtuAdapter}
        defaultValue={1500}
        onCommit={commit}
      />,
    );
    const input = screen.getByLabelText<HTMLInputElement>('MTU');
    expect(input.placeholder).toBe('1500 (default)');
    fireEvent.change(input, { target: { value: '9001' } });
    expect(screen.getByTestId('m.error').textContent).toMatch(/576 to 9000/);
    fireEvent.change(input, { target: { value: 'big' } });
    expect(screen.getByTestId('m.error').textContent).toMatch(/not a whole number/);
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.blur(input);
    expect(commit).toHaveBeenCalledWith(undefined);
  });
});
