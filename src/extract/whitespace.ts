/** Whether a UTF-16 code unit is whitespace as `\s` and `String.prototype.trim` define it. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `collapse(text).length` without building the string: measuring the tree asks it of every text node. */
export function collapsedLength(text: string): number {
  let length = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (length > 0) gap = true;
    } else {
      if (gap) length++;
      gap = false;
      length++;
    }
  }
  return length;
}
