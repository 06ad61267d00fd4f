"""suds (Debian python3-suds, the SOAP library Lino Welfare uses) against the simulator: loads each WSDL once, calls
each job's operation (SSDN: sendXML with the SSDNRequest text; SOA: the example body injected as the message) and
prints, per job, the leaf values of the parsed answer, or the fault code and its detail's leaves."""
import json, sys, logging
from xml.etree import ElementTree
from suds.client import Client
from suds import WebFault

logging.disable(logging.CRITICAL)

def leaves(value, out):
    if value is None:
        return
    if hasattr(value, '__keylist__'):
        for key in value.__keylist__:
            leaves(getattr(value, key), out)
    elif isinstance(value, (list, tuple)):
        for v in value:
            leaves(v, out)
    elif isinstance(value, str) and value.lstrip().startswith('<'):
        for e in ElementTree.fromstring(value.encode('utf-8')).iter():
            if e.text and e.text.strip():
                out.append(e.text.strip())
            out.extend(e.attrib.values())
    else:
        out.append(str(value))

ENVELOPE = '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>{}</soapenv:Body></soapenv:Envelope>'
jobs = json.load(open(sys.argv[1]))
clients = {}
results = {}
for job in jobs:
    r = results[job['id']] = {}
    try:
        if job['wsdl'] not in clients:
            clients[job['wsdl']] = Client(job['wsdl'], cache=None)
        client = clients[job['wsdl']]
        op = getattr(client.service, job['operation'])
        if job['ssdn']:
            answer = op(job['xmlString'])
        else:
            answer = op(__inject={'msg': ENVELOPE.format(job['body']).encode('utf-8')})
        out = []
        leaves(answer, out)
        r['values'] = out
    except WebFault as f:
        r['fault'] = f.fault.faultcode
        r['values'] = []
        detail = getattr(f.fault, 'detail', None)
        if detail is not None:
            leaves(detail, r['values'])
    except Exception as e:
        r['error'] = type(e).__name__ + ': ' + str(e)[:500]
json.dump(results, sys.stdout, indent=1)
