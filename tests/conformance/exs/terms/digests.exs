# :erlang.md5/1, crc32/1,2, adler32/1,2 and :crypto.hash/2 over binaries and iodata.
