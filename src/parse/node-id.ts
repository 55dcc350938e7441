import { createHash } from 'node:crypto';

export function nodeId(filePath: string, nodeType: string, name: string): string {
  return createHash('sha256').update(filePath + nodeType + name).digest('hex').slice(0, 16);
}
