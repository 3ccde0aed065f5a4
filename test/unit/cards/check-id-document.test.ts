import { expect } from 'chai';
import { checkIdDocument } from '../../../src/features/cards/rules/check-id-document.js';

describe('checkIdDocument (Chile id rules at card entry)', () => {
  it('when a Chilean account gives a valid RUT in any typing, then it is normalized', () => {
    for (const typed of ['12.345.678-5', '12345678-5', '123456785']) {
      expect(checkIdDocument('CL', 'RUT', typed)).to.deep.equal({ ok: true, document: { type: 'RUT', normalized: '12345678-5' } });
    }
    expect(checkIdDocument('cl', 'RUT', '10.000.013-k')).to.deep.include({ ok: true, document: { type: 'RUT', normalized: '10000013-K' } });
  });

  it('when a Chilean account gives no id, half of one, or a blank number, then id_required names the missing field', () => {
    expect(checkIdDocument('CL', undefined, undefined)).to.include({ ok: false, code: 'id_required', field: 'id_type' });
    expect(checkIdDocument('CL', undefined, '12345678-5')).to.include({ ok: false, code: 'id_required', field: 'id_type' });
    expect(checkIdDocument('CL', 'RUT', undefined)).to.include({ ok: false, code: 'id_required', field: 'id_number' });
    expect(checkIdDocument('CL', 'OTRO', '  ')).to.include({ ok: false, code: 'id_required', field: 'id_number' });
  });

  it('when the RUT check digit or shape is wrong, then invalid_rut; a bad OTRO is invalid_id_number', () => {
    expect(checkIdDocument('CL', 'RUT', '12.345.678-4')).to.include({ ok: false, code: 'invalid_rut' });
    expect(checkIdDocument('CL', 'RUT', '1.2345678-5')).to.include({ ok: false, code: 'invalid_rut' });
    expect(checkIdDocument('CL', 'OTRO', 'AB-123')).to.include({ ok: false, code: 'invalid_id_number' });
    expect(checkIdDocument('CL', 'OTRO', 'ab123')).to.deep.equal({ ok: true, document: { type: 'OTRO', normalized: 'AB123' } });
  });

  it('when an account outside Chile gives nothing, then nothing is needed; what it gives is checked', () => {
    expect(checkIdDocument('US', undefined, undefined)).to.deep.equal({ ok: true });
    expect(checkIdDocument('US', 'RUT', '12.345.678-4')).to.include({ ok: false, code: 'invalid_rut' });
    expect(checkIdDocument('US', undefined, 'AB12345')).to.include({ ok: false, code: 'id_required' });
  });
});
