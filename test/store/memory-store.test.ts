import { openStore } from '../../src/core/store/open-store.ts';
import { storageContract } from './contract.ts';

storageContract('memory://', {
  open: (clock) => openStore('memory://', { clock }),
  sharedAcrossHandles: false,
});
