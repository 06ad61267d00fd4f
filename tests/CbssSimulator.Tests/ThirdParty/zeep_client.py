"""zeep (Debian python3-zeep) against the simulator: loads each WSDL of the job file once, calls each job's operation
with its example body (parsed by zeep from the WSDL's types, then sent by zeep) and prints, per job, the leaf values of
the parsed answer, or the SOAP fault code and the leaves of its detail. Run by ThirdPartyClientTests."""
import json, sys
from lxml import etree
import zeep
from zeep.exceptions import Fault
from zeep.helpers import serialize_object

def leaves(value, out):
    if value is None:
        return
    if isinstance(value, dict):
        for v in value.values():
            leaves(v, out)
    elif isinstance(value, (list, tuple)):
        for v in value:
            leaves(v, out)
    elif isinstance(value, etree._Element):
        for e in value.iter():
            if isinstance(e.tag, str):
                if e.text and e.text.strip():
                    out.append(e.text.strip())
                out.extend(e.attrib.values())
    elif isinstance(value, str) and value.lstrip().startswith('<'):
        leaves(etree.fromstring(value.encode('utf-8')), out)
    else:
        out.append(str(value))

jobs = json.load(open(sys.argv[1]))
clients = {}
results = {}
for job in jobs:
    r = results[job['id']] = {}
    try:
        if job['wsdl'] not in clients:
            clients[job['wsdl']] = zeep.Client(job['wsdl'])
        client = clients[job['wsdl']]
        body = etree.fromstring(job['body'].encode('utf-8'))
        op = getattr(client.service, job['operation'])
        if job['ssdn']:
            answer = op(job['xmlString'])
        else:
            element = client.get_element(body.tag)
            value = element.parse(body, client.wsdl.types)
            answer = op(**{k: value[k] for k in value})
        out = []
        leaves(serialize_object(answer), out)
        r['values'] = out
    except Fault as f:
        r['fault'] = f.code
        r['values'] = []
        if f.detail is not None:
            leaves(f.detail, r['values'])
    except Exception as e:
        r['error'] = type(e).__name__ + ': ' + str(e)[:500]
json.dump(results, sys.stdout, indent=1)
