import fc from 'fast-check';
import type { JsonObject } from '@concordat/shared-kernel';
import { sealEvent } from '../hashing/event-hash';
import { anEvent } from '../testing/event-builder';
import { canonicalTemplate, joinTemplates, TEMPLATE_PIECE_SEPARATOR } from './canonical-template';

const fill = (template: readonly string[], hash: string, recordedAt: string, revision: bigint) =>
  `${template[0]}${hash}${template[1]}${recordedAt}${template[2]}${revision}${template[3]}`;

describe('canonicalTemplate', () => {
  it('filled in, is exactly the text sealEvent hashes', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.stringMatching(/^[0-9a-f]{64}$/),
        fc.bigInt({ min: 0n, max: 2n ** 62n }),
        (data, previousHash, streamRevision) => {
          const event = anEvent()
            .withData(JSON.parse(JSON.stringify(data)) as JsonObject)
            .build();
          const recordedAt = '2013-04-01T09:00:00.123456Z';
          const sealed = sealEvent({
            event,
            streamId: 'agreement-1',
            streamRevision,
            recordedAt,
            previousHash,
          });
          const template = canonicalTemplate(event, 'agreement-1');
          expect(fill(template, previousHash, recordedAt, streamRevision)).toBe(sealed.canonical);
        },
      ),
    );
  });

  it('finds the holes even when the data holds members named like them', () => {
    const event = anEvent()
      .withData({ inner: { previousHash: 'P', recordedAt: 'R', streamRevision: '0', type: 'X' } })
      .build();
    const sealed = sealEvent({
      event,
      streamId: 's',
      streamRevision: 7n,
      recordedAt: '2020-01-01T00:00:00.000000Z',
      previousHash: 'a'.repeat(64),
    });
    const template = canonicalTemplate(event, 's');
    expect(fill(template, 'a'.repeat(64), '2020-01-01T00:00:00.000000Z', 7n)).toBe(
      sealed.canonical,
    );
  });

  it('joined for the database, splits back into the same pieces whatever the data holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { minLength: 1, maxLength: 5 }),
        fc.string({ unit: 'binary' }),
        (datas, text) => {
          const templates = datas.map((data) =>
            canonicalTemplate(
              anEvent()
                .withData({
                  ...(JSON.parse(JSON.stringify(data)) as JsonObject),
                  text: `${TEMPLATE_PIECE_SEPARATOR}${text}`,
                })
                .build(),
              'agreement-1',
            ),
          );
          expect(joinTemplates(templates).split(TEMPLATE_PIECE_SEPARATOR)).toEqual(
            templates.flat(),
          );
        },
      ),
    );
  });
});
