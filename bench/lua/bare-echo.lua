-- bench/run: the bare app's POST /echo with a SOAP-sized body (the TestConnection request), for comparison
wrk.method = "POST"
wrk.path = "/echo"
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
wrk.body = [==[<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><t:sendTestMessageRequest xmlns:t="http://kszbcss.fgov.be/intf/TestConnectionServiceService/v1"><echo>bench</echo></t:sendTestMessageRequest></soapenv:Body></soapenv:Envelope>]==]
