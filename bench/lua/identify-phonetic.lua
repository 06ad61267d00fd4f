-- bench/run: SSDN OCMWCPASIdentifyPerson, phonetic search (last name + birth year, tolerance 5)
-- @PREFIX@ and @TODAY@ are filled in by bench/run (sandbox path prefix, the simulator's today).
wrk.method = "POST"
wrk.path = "@PREFIX@/connectors/webservice/KSZBCSSWebServiceConnectorPort"
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
wrk.headers["SOAPAction"] = "http://ksz-bcss.fgov.be/connectors/WebServiceConnector/sendXML"
wrk.body = [==[<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><wsc:xmlString xmlns:wsc="http://ksz-bcss.fgov.be/connectors/WebServiceConnector"><![CDATA[<SSDNRequest xmlns="http://www.ksz-bcss.fgov.be/XSD/SSDN/Service"><RequestContext><AuthorizedUser><UserID>00901234567</UserID><Email>bench@cpas.example.be</Email><OrgUnit>0212344876</OrgUnit><MatrixID>17</MatrixID><MatrixSubID>1</MatrixSubID></AuthorizedUser></RequestContext><ServiceRequest><ServiceId>OCMWCPASIdentifyPerson</ServiceId><Version>20050930</Version><ip:IdentifyPersonRequest xmlns:ip="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson"><ip:SearchCriteria><ip:PhoneticCriteria><ip:LastName>DEWACHTER</ip:LastName><ip:BirthDate>1975-00-00</ip:BirthDate><ip:Tolerance>5</ip:Tolerance></ip:PhoneticCriteria></ip:SearchCriteria></ip:IdentifyPersonRequest></ServiceRequest></SSDNRequest>]]></wsc:xmlString></soapenv:Body></soapenv:Envelope>]==]
