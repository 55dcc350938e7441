import { describeDomainContract } from '../../support/domain-contract.js';

describeDomainContract('test');
