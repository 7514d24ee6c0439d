# Base: hex and Base64 encodings, and what the decoders say about bad input.
for f <- [fn -> Base.decode16!("abc") end, fn -> Base.decode16!("zz") end, fn -> Base.decode16!("ab") end, fn -> Base.decode64!("abc") end, fn -> Base.decode64!("a*==") end, fn -> Base.decode64!("aGk") end, fn -> Base.decode64!("aé==") end] do
  try do IO.inspect(f.()) rescue e -> IO.inspect(e) end
end
IO.inspect {Base.decode16("ab"), Base.decode16("ab", case: :lower), Base.decode16("aB", case: :mixed), Base.decode64("aGk"), Base.decode64("aGk", padding: false), Base.encode64("hi", padding: false), Base.url_encode64(<<251, 255>>), Base.encode64(<<251, 255>>), Base.decode64("aG k=", ignore: :whitespace)}
for s <- ["", "f", "fo", "foo", "foob", "fooba", "foobar", <<0, 255, 128>>] do
  e = Base.encode64(s)
  IO.inspect({e, Base.decode64!(e) == s, Base.encode16(s), Base.encode16(s, case: :lower), Base.url_encode64(s, padding: false), Base.url_decode64!(Base.url_encode64(s, padding: false), padding: false) == s})
end
IO.inspect(Base.decode16!("DEADBEEF"))
IO.inspect(Base.decode64("====="))
IO.inspect(Base.decode64("aGk=x"))
