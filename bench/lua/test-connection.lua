-- bench/run: TestConnectionService.sendTestMessage (the trivial SOA echo)
-- @PREFIX@ and @TODAY@ are filled in by bench/run (sandbox path prefix, the simulator's today).
wrk.method = "POST"
wrk.path = "@PREFIX@/SOA4520/TestConnectionServiceService/sendTestMessage"
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
wrk.headers["SOAPAction"] = "http://kszbcss.fgov.be/TestConnectionServiceService/sendTestMessage"
wrk.body = [==[<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><t:sendTestMessageRequest xmlns:t="http://kszbcss.fgov.be/intf/TestConnectionServiceService/v1"><echo>bench</echo></t:sendTestMessageRequest></soapenv:Body></soapenv:Envelope>]==]
