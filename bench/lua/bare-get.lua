-- bench/run: the bare app's GET / (plain text "ok"), the yardstick
wrk.method = "GET"
wrk.path = "/"
