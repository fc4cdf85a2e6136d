import { runAdapterContract } from '../contract/adapterContract.js';
import { createTeamsContractDriver } from './helpers/teamsContractDriver.js';

runAdapterContract('teams', createTeamsContractDriver);
