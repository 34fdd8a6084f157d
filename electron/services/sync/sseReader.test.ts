import { describe, expect, it } from 'vitest';
import { readEventStream } from './sseReader';

function stream(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(body: ReadableStream<Uint8Array>) {
  const events = [];
  for await (const event of readEventStream(body)) events.push(event);
  return events;
}

describe('readEventStream', () => {
  it('parses events split across chunks, with comments, ids and multi-line data', async () => {
    const events = await collect(
      stream(
        ': hello\n\nevent: poke\nda',
        'ta: {"projectId":"p1"}\nid: 7\n\n',
        'data: line one\r\ndata: line two\r\n\r\n',
      ),
    );
    expect(events).toEqual([
      { event: 'poke', data: '{"projectId":"p1"}', id: '7' },
      { event: 'message', data: 'line one\nline two', id: '7' },
    ]);
  });

  it('ignores a trailing event without its blank line (connection cut mid-event)', async () => {
    expect(await collect(stream('event: poke\ndata: x'))).toEqual([]);
  });

  it('decodes multi-byte characters split across chunks', async () => {
    const bytes = new TextEncoder().encode('data: café\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 10));
        controller.enqueue(bytes.slice(10));
        controller.close();
      },
    });
    expect(await collect(body)).toEqual([{ event: 'message', data: 'café' }]);
  });
});
