import { fileNameFrom, saveFile } from './download';

describe('fileNameFrom', () => {
  it('reads the file name the API sets in Content-Disposition', () => {
    expect(fileNameFrom('attachment; filename="deltagare-c-1.csv"', 'x.csv')).toBe('deltagare-c-1.csv');
    expect(fileNameFrom("attachment; filename*=UTF-8''deltagare%20v%C3%A5r.xlsx", 'x.xlsx')).toBe('deltagare vår.xlsx');
  });

  it('falls back when the header is missing or has no file name', () => {
    expect(fileNameFrom(null, 'deltagare.csv')).toBe('deltagare.csv');
    expect(fileNameFrom('attachment', 'deltagare.csv')).toBe('deltagare.csv');
  });
});

describe('saveFile', () => {
  it('clicks a temporary download link for the blob and removes it again', () => {
    const createObjectURL = jest.fn(() => 'blob:1');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    jest.useFakeTimers();
    const clicked: { href: string; download: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    const blob = new Blob(['a;b'], { type: 'text/csv' });
    saveFile(document, blob, 'deltagare.csv');
    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([{ href: 'blob:1', download: 'deltagare.csv' }]);
    expect(document.querySelector('a[download]')).toBeNull();
    jest.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:1');
    click.mockRestore();
    jest.useRealTimers();
  });
});
