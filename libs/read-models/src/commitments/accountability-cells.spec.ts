import { accountabilityCells, type MatrixCommitment } from './accountability-cells';

const share = (partnerId: string, minorUnits: number, staffFte: number, currency = 'GBP') => ({
  partnerId,
  money: { minorUnits, currency },
  staffFte,
});

const aCommitment = (
  commitmentId: string,
  changes: Partial<MatrixCommitment> = {},
): MatrixCommitment => ({
  commitmentId,
  agreementId: 'soa-1',
  localOutcomeId: 'lo-a',
  status: 'accepted',
  dueDate: '2011-03-31',
  latestProgress: null,
  parties: [share('council', 100, 1)],
  ...changes,
});

describe('the accountability cells', () => {
  it('put each party of a commitment in its own cell, under the outcome', () => {
    const joint = aCommitment('c-joint', {
      parties: [share('nhs', 300, 0.5), share('council', 700, 1.5)],
      latestProgress: 'at_risk',
    });

    expect(accountabilityCells([joint])).toEqual([
      {
        partnerId: 'council',
        agreementId: 'soa-1',
        localOutcomeId: 'lo-a',
        commitments: [{ commitmentId: 'c-joint', status: 'accepted', latestProgress: 'at_risk' }],
        pledged: { minorUnits: 700, currency: 'GBP', staffFte: 1.5 },
        delivered: { minorUnits: 0, currency: 'GBP', staffFte: 0 },
      },
      {
        partnerId: 'nhs',
        agreementId: 'soa-1',
        localOutcomeId: 'lo-a',
        commitments: [{ commitmentId: 'c-joint', status: 'accepted', latestProgress: 'at_risk' }],
        pledged: { minorUnits: 300, currency: 'GBP', staffFte: 0.5 },
        delivered: { minorUnits: 0, currency: 'GBP', staffFte: 0 },
      },
    ]);
  });

  it('count what is pledged and delivered by status, keeping closed commitments in view', () => {
    const [cell] = accountabilityCells([
      aCommitment('c-proposed', { status: 'proposed', parties: [share('council', 1, 0.1)] }),
      aCommitment('c-delivered', { status: 'delivered', parties: [share('council', 10, 0.2)] }),
      aCommitment('c-rejected', { status: 'rejected', parties: [share('council', 100, 1)] }),
      aCommitment('c-withdrawn', { status: 'withdrawn', parties: [share('council', 100, 1)] }),
      aCommitment('c-lapsed', { status: 'lapsed', parties: [share('council', 100, 1)] }),
    ]);

    expect(cell?.commitments).toHaveLength(5);
    expect(cell?.pledged).toEqual({ minorUnits: 11, currency: 'GBP', staffFte: 0.3 });
    expect(cell?.delivered).toEqual({ minorUnits: 10, currency: 'GBP', staffFte: 0.2 });
  });

  it('sum no money across currencies', () => {
    const [cell] = accountabilityCells([
      aCommitment('c-pounds'),
      aCommitment('c-euros', { parties: [share('council', 100, 1, 'EUR')] }),
    ]);

    expect(cell?.pledged).toEqual({ minorUnits: null, currency: null, staffFte: 2 });
  });

  it('order cells by partner, agreement and outcome, and commitments by due date then id', () => {
    const cells = accountabilityCells([
      aCommitment('c-3', { dueDate: '2010-01-01', localOutcomeId: 'lo-b' }),
      aCommitment('c-2', { dueDate: '2012-01-01' }),
      aCommitment('c-1', { dueDate: '2012-01-01' }),
      aCommitment('c-0', { dueDate: '2009-01-01', agreementId: 'soa-0' }),
      aCommitment('c-9', { parties: [share('audit-scotland', 1, 0)] }),
    ]);

    expect(
      cells.map((cell) => [
        cell.partnerId,
        cell.agreementId,
        cell.localOutcomeId,
        cell.commitments.map((commitment) => commitment.commitmentId).join(','),
      ]),
    ).toEqual([
      ['audit-scotland', 'soa-1', 'lo-a', 'c-9'],
      ['council', 'soa-0', 'lo-a', 'c-0'],
      ['council', 'soa-1', 'lo-a', 'c-1,c-2'],
      ['council', 'soa-1', 'lo-b', 'c-3'],
    ]);
  });

  it('are none without commitments', () => {
    expect(accountabilityCells([])).toEqual([]);
  });
});
