import { endsFunction } from '../dialogs/understanding/intent';
import { normalize } from '../dialogs/understanding/parse';
for (const t of ['sarah wouters is vanaf 1 juni geen medewerkster meer van de specialist', 'bram claessens quits as the pharmacist assistant']) console.log(normalize(t), endsFunction(normalize(t)));
