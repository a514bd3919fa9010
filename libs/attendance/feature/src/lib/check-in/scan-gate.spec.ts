import { ScanGate, cameraProblem } from './scan-gate';

describe('ScanGate', () => {
  it('lets a code through once while the camera keeps reading it, and again after a quiet moment', () => {
    const gate = new ScanGate(4000);
    expect(gate.accept(' abc ', 0)).toBe('abc');
    expect(gate.accept('abc', 200)).toBeNull();
    expect(gate.accept('abc', 3900)).toBeNull();
    expect(gate.accept('abc', 8000)).toBe('abc');
  });

  it('lets another code through at once, and ignores empty reads', () => {
    const gate = new ScanGate();
    expect(gate.accept('abc', 0)).toBe('abc');
    expect(gate.accept('def', 10)).toBe('def');
    expect(gate.accept('abc', 20)).toBe('abc');
    expect(gate.accept('   ', 30)).toBeNull();
  });
});

describe('cameraProblem', () => {
  const error = (name: string) => Object.assign(new Error(name), { name });
  it('tells a refused permission from a missing camera and other failures', () => {
    expect(cameraProblem(error('NotAllowedError'))).toBe('denied');
    expect(cameraProblem({ name: 'SecurityError' })).toBe('denied');
    expect(cameraProblem(error('NotFoundError'))).toBe('no-camera');
    expect(cameraProblem(error('OverconstrainedError'))).toBe('no-camera');
    expect(cameraProblem(error('NotSupportedError'))).toBe('unsupported');
    expect(cameraProblem(new Error('boom'))).toBe('failed');
    expect(cameraProblem('nothing')).toBe('failed');
  });
});
