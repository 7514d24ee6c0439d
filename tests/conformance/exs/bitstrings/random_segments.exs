# Random segment lists (integers of odd sizes, signed, little-endian, floats, bitstrings, utf), built
# and taken apart again with other random sizes, compared and sorted. Values go through
# Function.identity so that the compiler cannot fold them.
id = &Function.identity/1
b0 = <<id.(<<1::size(2)>>)::bitstring-size(0), id.(128512)::utf16>>
IO.inspect({b0, bit_size(b0), byte_size(b0), is_binary(b0)})
<<x0::14, x1::16, x2::bits-size(2), rest::bits>> = b0
IO.inspect({x0, x1, x2, rest})
IO.inspect(:erlang.bitstring_to_list(b0))
b1 = <<id.(2048)::utf8, id.(<<136, 117, 52>>)::binary, id.(-8)::size(1), id.(<<>>)::binary, id.(<<97::size(7)>>)::bitstring-size(7)>>
IO.inspect({b1, bit_size(b1), byte_size(b1), is_binary(b1)})
<<x0::signed-36, x1::signed-12, x2::bits-size(4), x3::3, rest::bits>> = b1
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b1))
b2 = <<id.(1114111)::utf32-little, id.(<<61, 170>>)::binary, id.(<<216, 97, 155, 145>>)::binary, id.(<<27728::size(15)>>)::bits>>
IO.inspect({b2, bit_size(b2), byte_size(b2), is_binary(b2)})
<<x0::signed-31, x1::bits-size(26), x2::little-12, x3::little-18, rest::bits>> = b2
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b2))
b3 = <<id.(2.0e10)::float-size(64)>>
IO.inspect({b3, bit_size(b3), byte_size(b3), is_binary(b3)})
<<x0::bits-size(34), x1::bits-size(12), x2::bits-size(1), x3::little-2, rest::bits>> = b3
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b3))
b4 = <<id.(<<103179::size(18)>>)::bits, id.(<<125::size(7)>>)::bits, id.(<<30431::size(17)>>)::bitstring-size(12), id.(1114111)::utf16, id.(0)::size(70)>>
IO.inspect({b4, bit_size(b4), byte_size(b4), is_binary(b4)})
<<x0::little-40, x1::30, x2::signed-15, x3::signed-36, rest::bits>> = b4
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b4))
b5 = <<id.(1114111)::utf16-little>>
IO.inspect({b5, bit_size(b5), byte_size(b5), is_binary(b5)})
<<x0::5, x1::bits-size(1), x2::little-1, x3::little-8, rest::bits>> = b5
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b5))
b6 = <<id.(1114111)::utf8>>
IO.inspect({b6, bit_size(b6), byte_size(b6), is_binary(b6)})
<<x0::little-23, x1::signed-2, x2::little-2, x3::signed-5, rest::bits>> = b6
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b6))
b7 = <<id.(<<232, 164>>)::binary, id.(-0.0)::float-little-size(32), id.(1.0e-7)::float-size(32)>>
IO.inspect({b7, bit_size(b7), byte_size(b7), is_binary(b7)})
<<x0::17, x1::signed-17, x2::bits-size(39), x3::7, rest::bits>> = b7
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b7))
b8 = <<id.(-57626101)::size(24), id.(<<125::size(7)>>)::bits>>
IO.inspect({b8, bit_size(b8), byte_size(b8), is_binary(b8)})
<<x0::17, x1::little-7, x2::bits-size(6), x3::little-1, rest::bits>> = b8
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b8))
b9 = <<id.(-1)::little-size(2), id.(-65504.0)::float-little-size(64)>>
IO.inspect({b9, bit_size(b9), byte_size(b9), is_binary(b9)})
<<x0::signed-3, x1::bits-size(37), x2::6, x3::signed-13, rest::bits>> = b9
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b9))
b10 = <<id.(191837)::unsigned-big-size(8)-unit(2), id.(0)::unsigned-size(16)-unit(2), id.(<<5::size(4)>>)::bits>>
IO.inspect({b10, bit_size(b10), byte_size(b10), is_binary(b10)})
<<x0::18, x1::little-25, x2::bits-size(9), rest::bits>> = b10
IO.inspect({x0, x1, x2, rest})
IO.inspect(:erlang.bitstring_to_list(b10))
b11 = <<id.(1)::signed-big-size(3)-unit(3), id.(<<55124::size(16)>>)::bitstring-size(8), id.(-32768)::size(16), id.(<<69, 53, 164>>)::binary, id.(492587045)::size(31)>>
IO.inspect({b11, bit_size(b11), byte_size(b11), is_binary(b11)})
<<x0::signed-5, x1::37, x2::little-18, x3::10, rest::bits>> = b11
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b11))
b12 = <<id.(-15909684388)::signed-native-size(4)-unit(8), id.(-0.0)::float-size(16), id.(<<81>>)::binary, id.(<<>>)::binary>>
IO.inspect({b12, bit_size(b12), byte_size(b12), is_binary(b12)})
<<x0::bits-size(28), x1::little-26, x2::bits-size(2), rest::bits>> = b12
IO.inspect({x0, x1, x2, rest})
IO.inspect(:erlang.bitstring_to_list(b12))
b13 = <<id.(0)::unsigned-size(8)-unit(3), id.(-1)::size(32), id.(-1)::signed-little-size(12)>>
IO.inspect({b13, bit_size(b13), byte_size(b13), is_binary(b13)})
<<x0::24, x1::18, x2::bits-size(25), x3::little-1, rest::bits>> = b13
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b13))
b14 = <<id.(1.5)::float-little-size(32), id.(1)::signed-size(53)>>
IO.inspect({b14, bit_size(b14), byte_size(b14), is_binary(b14)})
<<x0::18, x1::5, x2::little-1, x3::bits-size(23), rest::bits>> = b14
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b14))
b15 = <<id.(2048)::utf8, id.(-70368744177664)::signed-size(47), id.(1)::signed-size(15), id.(1114111)::utf32>>
IO.inspect({b15, bit_size(b15), byte_size(b15), is_binary(b15)})
<<x0::signed-14, x1::bits-size(20), x2::signed-35, x3::signed-4, rest::bits>> = b15
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b15))
b16 = <<id.(65)::utf32, id.(128512)::utf32-little, id.(123.456)::float-little-size(64)>>
IO.inspect({b16, bit_size(b16), byte_size(b16), is_binary(b16)})
<<x0::signed-22, x1::bits-size(17), x2::bits-size(2), x3::37, rest::bits>> = b16
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b16))
b17 = <<id.(<<70, 64>>)::binary>>
IO.inspect({b17, bit_size(b17), byte_size(b17), is_binary(b17)})
<<x0::little-5, x1::bits-size(5), x2::bits-size(5), x3::1, rest::bits>> = b17
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b17))
b18 = <<id.(0.1)::float-size(16), id.(<<965146::size(20)>>)::bits>>
IO.inspect({b18, bit_size(b18), byte_size(b18), is_binary(b18)})
<<x0::little-16, x1::bits-size(16), x2::bits-size(2), x3::little-2, rest::bits>> = b18
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b18))
b19 = <<id.(5350849)::size(3)-unit(8), id.(1)::signed-size(15)-unit(3)>>
IO.inspect({b19, bit_size(b19), byte_size(b19), is_binary(b19)})
<<x0::bits-size(4), x1::little-26, x2::signed-25, x3::9, rest::bits>> = b19
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b19))
b20 = <<id.(-34359738368)::size(12)-unit(3), id.(<<>>)::binary, id.(1.0e-7)::float-size(16), id.(0.1)::float-size(32), id.(123.456)::float-size(16)>>
IO.inspect({b20, bit_size(b20), byte_size(b20), is_binary(b20)})
<<x0::bits-size(8), x1::bits-size(39), x2::little-8, x3::signed-18, rest::bits>> = b20
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b20))
b21 = <<id.(<<2, 97, 224, 10>>)::binary, id.(1)::native-size(65), id.(8364)::utf32, id.(2048)::utf8>>
IO.inspect({b21, bit_size(b21), byte_size(b21), is_binary(b21)})
<<x0::little-35, x1::bits-size(32), x2::signed-8, x3::bits-size(37), rest::bits>> = b21
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b21))
b22 = <<id.(0)::size(4)-unit(8), id.(4611686018427387903)::big-size(31)-unit(2)>>
IO.inspect({b22, bit_size(b22), byte_size(b22), is_binary(b22)})
<<x0::bits-size(22), x1::bits-size(8), x2::signed-25, x3::36, rest::bits>> = b22
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b22))
b23 = <<id.(<<101, 236, 209, 156>>)::binary, id.(<<230>>)::binary, id.(<<12934::size(16)>>)::bits>>
IO.inspect({b23, bit_size(b23), byte_size(b23), is_binary(b23)})
<<x0::bits-size(25), x1::little-13, x2::bits-size(3), x3::signed-12, rest::bits>> = b23
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b23))
b24 = <<id.(<<>>)::binary, id.(-2.5e-300)::float-size(64), id.(0.1)::float-size(32)>>
IO.inspect({b24, bit_size(b24), byte_size(b24), is_binary(b24)})
<<x0::39, x1::little-23, x2::little-27, x3::bits-size(2), rest::bits>> = b24
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b24))
b25 = <<id.(123.456)::float-size(16), id.(140737488355327)::native-size(47), id.(1)::big-size(3)>>
IO.inspect({b25, bit_size(b25), byte_size(b25), is_binary(b25)})
<<x0::18, x1::little-5, x2::30, x3::little-3, rest::bits>> = b25
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b25))
b26 = <<id.(-5412324928)::size(17)-unit(2), id.(-256)::size(9), id.(2147483647)::size(31), id.(<<9526::size(14)>>)::bits, id.(<<117::size(8)>>)::bits>>
IO.inspect({b26, bit_size(b26), byte_size(b26), is_binary(b26)})
<<x0::signed-9, x1::little-29, x2::bits-size(20), x3::16, rest::bits>> = b26
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b26))
b27 = <<id.(<<34, 54>>)::binary, id.(1)::signed-size(24)>>
IO.inspect({b27, bit_size(b27), byte_size(b27), is_binary(b27)})
<<x0::14, x1::bits-size(16), x2::little-6, x3::signed-1, rest::bits>> = b27
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b27))
b28 = <<id.(65772828)::size(24)>>
IO.inspect({b28, bit_size(b28), byte_size(b28), is_binary(b28)})
<<x0::little-8, x1::bits-size(15), x2::bits-size(1), rest::bits>> = b28
IO.inspect({x0, x1, x2, rest})
IO.inspect(:erlang.bitstring_to_list(b28))
b29 = <<id.(0)::size(33)-unit(2), id.(9989946)::signed-size(24), id.(0)::big-size(1)>>
IO.inspect({b29, bit_size(b29), byte_size(b29), is_binary(b29)})
<<x0::20, x1::3, x2::signed-34, x3::little-3, rest::bits>> = b29
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b29))
b30 = <<id.(3.0e5)::float-little-size(16)>>
IO.inspect({b30, bit_size(b30), byte_size(b30), is_binary(b30)})
<<x0::little-5, x1::signed-11, rest::bits>> = b30
IO.inspect({x0, x1, rest})
IO.inspect(:erlang.bitstring_to_list(b30))
b31 = <<id.(-65504.0)::float-size(32), id.(<<125>>)::binary, id.(7718697682622999)::size(53), id.(17179869183)::size(17)-unit(2)>>
IO.inspect({b31, bit_size(b31), byte_size(b31), is_binary(b31)})
<<x0::little-5, x1::12, x2::10, x3::bits-size(14), rest::bits>> = b31
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b31))
b32 = <<id.(0)::signed-size(65)>>
IO.inspect({b32, bit_size(b32), byte_size(b32), is_binary(b32)})
<<x0::bits-size(9), x1::29, x2::little-24, x3::little-1, rest::bits>> = b32
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b32))
b33 = <<id.(32767)::signed-big-size(15), id.(65)::utf32-little, id.(2.0e10)::float-size(16)>>
IO.inspect({b33, bit_size(b33), byte_size(b33), is_binary(b33)})
<<x0::little-22, x1::bits-size(33), x2::8, rest::bits>> = b33
IO.inspect({x0, x1, x2, rest})
IO.inspect(:erlang.bitstring_to_list(b33))
b34 = <<id.(<<15, 149, 80>>)::binary, id.(155651)::size(17)>>
IO.inspect({b34, bit_size(b34), byte_size(b34), is_binary(b34)})
<<x0::little-3, x1::little-35, x2::little-2, x3::little-1, rest::bits>> = b34
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b34))
b35 = <<id.(12976164826751654928991174470)::unsigned-size(47)-unit(2), id.(1)::unsigned-size(24), id.(-67108864)::size(9)-unit(3)>>
IO.inspect({b35, bit_size(b35), byte_size(b35), is_binary(b35)})
<<x0::little-30, x1::signed-35, x2::signed-2, x3::signed-17, rest::bits>> = b35
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b35))
b36 = <<id.(-8)::unsigned-size(4), id.(-2048)::size(12), id.(-70368744177664)::size(47), id.(255449)::little-size(8)-unit(2), id.(128512)::utf32-little>>
IO.inspect({b36, bit_size(b36), byte_size(b36), is_binary(b36)})
<<x0::bits-size(17), x1::13, x2::bits-size(35), x3::bits-size(33), rest::bits>> = b36
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b36))
b37 = <<id.(-2.5e-300)::float-size(64)>>
IO.inspect({b37, bit_size(b37), byte_size(b37), is_binary(b37)})
<<x0::little-3, x1::30, x2::little-7, x3::23, rest::bits>> = b37
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b37))
b38 = <<id.(606678853)::size(15)-unit(2), id.(<<4937::size(13)>>)::bitstring-size(10), id.(0.1)::float-size(32), id.(<<8::size(4)>>)::bitstring-size(1), id.(<<>>)::binary>>
IO.inspect({b38, bit_size(b38), byte_size(b38), is_binary(b38)})
<<x0::28, x1::bits-size(24), x2::little-13, x3::1, rest::bits>> = b38
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b38))
b39 = <<id.(65)::utf16-little>>
IO.inspect({b39, bit_size(b39), byte_size(b39), is_binary(b39)})
<<x0::little-9, x1::bits-size(6), x2::bits-size(1), rest::bits>> = b39
IO.inspect({x0, x1, x2, rest})
IO.inspect(:erlang.bitstring_to_list(b39))
b40 = <<id.(65)::utf16-little, id.(1.5)::float-size(16), id.(8364)::utf16, id.(<<486::size(9)>>)::bitstring-size(6)>>
IO.inspect({b40, bit_size(b40), byte_size(b40), is_binary(b40)})
<<x0::little-33, x1::little-14, x2::little-4, x3::signed-2, rest::bits>> = b40
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b40))
b41 = <<id.(1.0e-7)::float-little-size(64), id.(-1)::signed-native-size(5), id.(0)::unsigned-native-size(1), id.(-140737488355328)::signed-size(48)>>
IO.inspect({b41, bit_size(b41), byte_size(b41), is_binary(b41)})
<<x0::bits-size(8), x1::bits-size(19), x2::26, x3::bits-size(39), rest::bits>> = b41
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b41))
b42 = <<id.(-373244678776593)::size(24)-unit(2)>>
IO.inspect({b42, bit_size(b42), byte_size(b42), is_binary(b42)})
<<x0::little-35, x1::signed-8, x2::little-5, rest::bits>> = b42
IO.inspect({x0, x1, x2, rest})
IO.inspect(:erlang.bitstring_to_list(b42))
b43 = <<id.(0)::size(1)-unit(8), id.(2048)::utf8, id.(-1)::signed-size(47), id.(<<9755::size(16)>>)::bitstring-size(13)>>
IO.inspect({b43, bit_size(b43), byte_size(b43), is_binary(b43)})
<<x0::bits-size(18), x1::little-20, x2::signed-32, x3::little-16, rest::bits>> = b43
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b43))
b44 = <<id.(6.0e-5)::float-little-size(16), id.(233)::utf32, id.(<<76, 29, 166>>)::binary, id.(<<10::size(4)>>)::bitstring-size(1), id.(<<15741::size(15)>>)::bits>>
IO.inspect({b44, bit_size(b44), byte_size(b44), is_binary(b44)})
<<x0::signed-9, x1::signed-17, x2::6, x3::signed-37, rest::bits>> = b44
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b44))
b45 = <<id.(-4503599627370496)::unsigned-size(53)>>
IO.inspect({b45, bit_size(b45), byte_size(b45), is_binary(b45)})
<<x0::15, x1::little-15, x2::little-22, x3::bits-size(1), rest::bits>> = b45
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b45))
b46 = <<id.(-1)::native-size(16)>>
IO.inspect({b46, bit_size(b46), byte_size(b46), is_binary(b46)})
<<x0::little-2, x1::2, x2::12, rest::bits>> = b46
IO.inspect({x0, x1, x2, rest})
IO.inspect(:erlang.bitstring_to_list(b46))
b47 = <<id.(0)::unsigned-native-size(9), id.(<<48>>)::binary, id.(<<140, 4>>)::binary>>
IO.inspect({b47, bit_size(b47), byte_size(b47), is_binary(b47)})
<<x0::little-33, rest::bits>> = b47
IO.inspect({x0, rest})
IO.inspect(:erlang.bitstring_to_list(b47))
b48 = <<id.(30118541555227302866)::signed-little-size(65)>>
IO.inspect({b48, bit_size(b48), byte_size(b48), is_binary(b48)})
<<x0::little-28, x1::35, x2::little-2, rest::bits>> = b48
IO.inspect({x0, x1, x2, rest})
IO.inspect(:erlang.bitstring_to_list(b48))
b49 = <<id.(6632283938)::size(33), id.(<<7972::size(18)>>)::bitstring-size(9), id.(<<79>>)::binary, id.(-1)::big-size(53), id.(128512)::utf16-little>>
IO.inspect({b49, bit_size(b49), byte_size(b49), is_binary(b49)})
<<x0::signed-39, x1::little-18, x2::39, x3::35, rest::bits>> = b49
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b49))
b50 = <<id.(2.0e10)::float-size(64), id.(128512)::utf32>>
IO.inspect({b50, bit_size(b50), byte_size(b50), is_binary(b50)})
<<x0::little-18, x1::bits-size(27), x2::bits-size(39), x3::1, rest::bits>> = b50
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b50))
b51 = <<id.(65)::utf32, id.(18294)::big-size(2)-unit(8), id.(1114111)::utf32-little, id.(-2.5e-300)::float-little-size(64)>>
IO.inspect({b51, bit_size(b51), byte_size(b51), is_binary(b51)})
<<x0::little-36, x1::11, x2::little-3, x3::little-28, rest::bits>> = b51
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b51))
b52 = <<id.(<<>>)::binary, id.(<<3399::size(13)>>)::bitstring-size(6), id.(0)::native-size(16)>>
IO.inspect({b52, bit_size(b52), byte_size(b52), is_binary(b52)})
<<x0::bits-size(6), x1::11, x2::5, rest::bits>> = b52
IO.inspect({x0, x1, x2, rest})
IO.inspect(:erlang.bitstring_to_list(b52))
b53 = <<id.(0)::unsigned-size(24)-unit(3), id.(2047)::utf16, id.(6187348748)::unsigned-size(33), id.(233)::utf8>>
IO.inspect({b53, bit_size(b53), byte_size(b53), is_binary(b53)})
<<x0::bits-size(1), x1::27, x2::2, x3::bits-size(12), rest::bits>> = b53
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b53))
b54 = <<id.(<<147, 79, 78, 54>>)::binary, id.(0)::size(1), id.(<<125::size(7)>>)::bits, id.(<<175>>)::binary>>
IO.inspect({b54, bit_size(b54), byte_size(b54), is_binary(b54)})
<<x0::16, x1::signed-11, x2::13, x3::bits-size(4), rest::bits>> = b54
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b54))
b55 = <<id.(65)::utf32, id.(<<39, 126, 203, 238>>)::binary>>
IO.inspect({b55, bit_size(b55), byte_size(b55), is_binary(b55)})
<<x0::8, x1::25, x2::18, x3::bits-size(11), rest::bits>> = b55
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b55))
b56 = <<id.(<<99::size(7)>>)::bits>>
IO.inspect({b56, bit_size(b56), byte_size(b56), is_binary(b56)})
<<x0::little-7, rest::bits>> = b56
IO.inspect({x0, rest})
IO.inspect(:erlang.bitstring_to_list(b56))
b57 = <<id.(-1073741824)::size(31), id.(<<4536::size(13)>>)::bitstring-size(2), id.(<<102, 253, 142>>)::binary, id.(-16)::big-size(5)>>
IO.inspect({b57, bit_size(b57), byte_size(b57), is_binary(b57)})
<<x0::signed-22, x1::little-17, x2::little-9, x3::little-7, rest::bits>> = b57
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b57))
b58 = <<id.(0.1)::float-size(16), id.(203)::size(9), id.(<<8::size(4)>>)::bitstring-size(3), id.(<<42>>)::binary, id.(<<>>)::binary>>
IO.inspect({b58, bit_size(b58), byte_size(b58), is_binary(b58)})
<<x0::10, x1::bits-size(1), x2::bits-size(13), x3::signed-11, rest::bits>> = b58
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b58))
b59 = <<id.(<<10::size(4)>>)::bits, id.(16777215)::native-size(24), id.(233)::utf8, id.(0)::native-size(5), id.(-65504.0)::float-size(16)>>
IO.inspect({b59, bit_size(b59), byte_size(b59), is_binary(b59)})
<<x0::40, x1::little-20, x2::little-4, x3::1, rest::bits>> = b59
IO.inspect({x0, x1, x2, x3, rest})
IO.inspect(:erlang.bitstring_to_list(b59))
IO.inspect({b53 < b50, b53 == b50, b53 === b50})
IO.inspect({b20 < b10, b20 == b10, b20 === b10})
IO.inspect({b51 < b8, b51 == b8, b51 === b8})
IO.inspect({b59 < b40, b59 == b40, b59 === b40})
IO.inspect({b52 < b6, b52 == b6, b52 === b6})
IO.inspect({b7 < b54, b7 == b54, b7 === b54})
IO.inspect({b27 < b40, b27 == b40, b27 === b40})
IO.inspect({b37 < b15, b37 == b15, b37 === b15})
IO.inspect({b47 < b13, b47 == b13, b47 === b13})
IO.inspect({b32 < b32, b32 == b32, b32 === b32})
IO.inspect({b25 < b7, b25 == b7, b25 === b7})
IO.inspect({b58 < b57, b58 == b57, b58 === b57})
IO.inspect({b45 < b13, b45 == b13, b45 === b13})
IO.inspect({b52 < b24, b52 == b24, b52 === b24})
IO.inspect({b42 < b59, b42 == b59, b42 === b59})
IO.inspect({b33 < b8, b33 == b8, b33 === b8})
IO.inspect({b52 < b45, b52 == b45, b52 === b45})
IO.inspect({b37 < b16, b37 == b16, b37 === b16})
IO.inspect({b46 < b0, b46 == b0, b46 === b0})
IO.inspect({b45 < b7, b45 == b7, b45 === b7})
IO.inspect({b51 < b12, b51 == b12, b51 === b12})
IO.inspect({b48 < b36, b48 == b36, b48 === b36})
IO.inspect({b24 < b42, b24 == b42, b24 === b42})
IO.inspect({b30 < b34, b30 == b34, b30 === b34})
IO.inspect({b39 < b14, b39 == b14, b39 === b14})
IO.inspect({b17 < b2, b17 == b2, b17 === b2})
IO.inspect({b40 < b10, b40 == b10, b40 === b10})
IO.inspect({b42 < b42, b42 == b42, b42 === b42})
IO.inspect({b58 < b35, b58 == b35, b58 === b35})
IO.inspect({b32 < b14, b32 == b14, b32 === b14})
IO.inspect({b54 < b26, b54 == b26, b54 === b26})
IO.inspect({b17 < b49, b17 == b49, b17 === b49})
IO.inspect({b42 < b26, b42 == b26, b42 === b26})
IO.inspect({b25 < b17, b25 == b17, b25 === b17})
IO.inspect({b31 < b6, b31 == b6, b31 === b6})
IO.inspect({b42 < b53, b42 == b53, b42 === b53})
IO.inspect({b53 < b8, b53 == b8, b53 === b8})
IO.inspect({b11 < b35, b11 == b35, b11 === b35})
IO.inspect({b1 < b29, b1 == b29, b1 === b29})
IO.inspect({b48 < b2, b48 == b2, b48 === b2})
IO.inspect(Enum.sort([b0, b3, b6, b9, b12, b15, b18, b21, b24, b27, b30, b33, b36, b39, b42, b45, b48, b51, b54, b57]))
