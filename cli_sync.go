package main

import "errors"

func cmdSync(args []string) error   { return errors.New("sync: not built yet") }
func cmdServer(args []string) error { return errors.New("server: not built yet") }
