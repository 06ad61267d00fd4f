<?php
// PHP SoapClient (Debian php-soap, php-xml) against the simulator: loads each WSDL of the job file once, calls each
// job's operation with its example body (SSDN: sendXML with the SSDNRequest text, as the PHP CPAS products do) and
// prints, per job, the leaf values of the parsed answer, or the SOAP fault code and the leaves of its detail.
// Run by ThirdPartyClientTests.
ini_set('soap.wsdl_cache_enabled', '0');
function leaves($value, array &$out) {
    if (is_object($value) || is_array($value)) {
        foreach ((array) $value as $v) { leaves($v, $out); }
    } elseif (is_string($value) && strlen(ltrim($value)) > 0 && ltrim($value)[0] === '<') {
        $doc = new DOMDocument();
        if (@$doc->loadXML($value, LIBXML_NONET)) {
            $xpath = new DOMXPath($doc);
            foreach ($xpath->query('//text()[normalize-space()] | //@*') as $n) { $out[] = trim($n->nodeValue); }
        }
    } elseif ($value !== null) {
        $out[] = is_bool($value) ? ($value ? 'true' : 'false') : (string) $value;
    }
}
$jobs = json_decode(file_get_contents($argv[1]), true);
$clients = [];
$results = [];
foreach ($jobs as $job) {
    $r = [];
    try {
        if (!isset($clients[$job['wsdl']])) {
            $clients[$job['wsdl']] = new SoapClient($job['wsdl'], ['cache_wsdl' => WSDL_CACHE_NONE, 'exceptions' => true, 'trace' => true]);
        }
        $client = $clients[$job['wsdl']];
        if ($job['ssdn']) {
            $answer = $client->__soapCall($job['operation'], [new SoapParam($job['xmlString'], 'xmlString')]);
        } else {
            $answer = $client->__soapCall($job['operation'], [new SoapVar($job['body'], XSD_ANYXML)]);
        }
        $out = [];
        leaves($answer, $out);
        $r['values'] = $out;
    } catch (SoapFault $f) {
        $r['fault'] = $f->faultcode;
        $out = [];
        if (isset($f->detail)) { leaves($f->detail, $out); }
        $r['values'] = $out;
    } catch (Throwable $e) {
        $r['error'] = get_class($e) . ': ' . substr($e->getMessage(), 0, 500);
    }
    $results[$job['id']] = $r;
}
echo json_encode($results, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
