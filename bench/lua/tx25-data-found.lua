-- bench/run: RetrieveTIGroups v2 retrieveTI (Tx25), DATA_FOUND after a REGISTER
-- @PREFIX@ and @TODAY@ are filled in by bench/run (sandbox path prefix, the simulator's today).
wrk.method = "POST"
wrk.path = "@PREFIX@/SOA4520/RetrieveTIGroupsService/v2/retrieveTI"
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
wrk.headers["SOAPAction"] = "http://kszbcss.fgov.be/RetrieveTIGroupsService/retrieveTI"
wrk.body = [==[<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><tx:retrieveTIGroupsRequest xmlns:tx="http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v2"><informationCustomer><customerIdentification><cbeNumber>0212344876</cbeNumber></customerIdentification></informationCustomer><legalContext>PCSA:SOCIAL_INQUIRY</legalContext><searchInformation><ssin>85073003328</ssin><history>true</history></searchInformation></tx:retrieveTIGroupsRequest></soapenv:Body></soapenv:Envelope>]==]
