# Date in the ISO calendar (the only one here): building and validating dates, ~D, ISO 8601
# text, and arithmetic through days since 0000-01-01 (Calendar.ISO's own day count). Inspect
# prints ~D[...] natively.
defmodule Calendar.ISO do
  def leap_year?(year) when is_integer(year),
    do: rem(year, 4) == 0 and (rem(year, 100) != 0 or rem(year, 400) == 0)

  def days_in_month(year, 2), do: if(leap_year?(year), do: 29, else: 28)
  def days_in_month(_year, month) when month in [4, 6, 9, 11], do: 30
  def days_in_month(_year, month) when month in 1..12, do: 31

  def valid_date?(year, month, day)
      when is_integer(year) and is_integer(month) and is_integer(day) and year >= -9999 and year <= 9999 do
    month in 1..12 and day >= 1 and day <= days_in_month(year, month)
  end

  def valid_date?(_year, _month, _day), do: false

  # Days since 0000-01-01 (the proleptic Gregorian calendar), after H. Hinnant's days_from_civil.
  def date_to_days(year, month, day) do
    y = if month <= 2, do: year - 1, else: year
    era = Integer.floor_div(y, 400)
    yoe = y - era * 400
    mp = rem(month + 9, 12)
    doy = div(153 * mp + 2, 5) + day - 1
    doe = yoe * 365 + div(yoe, 4) - div(yoe, 100) + doy
    era * 146_097 + doe + 60
  end

  def days_to_date(days) do
    z = days - 60
    era = Integer.floor_div(z, 146_097)
    doe = z - era * 146_097
    yoe = div(doe - div(doe, 1460) + div(doe, 36524) - div(doe, 146_096), 365)
    doy = doe - (365 * yoe + div(yoe, 4) - div(yoe, 100))
    mp = div(5 * doy + 2, 153)
    day = doy - div(153 * mp + 2, 5) + 1
    month = if mp < 10, do: mp + 3, else: mp - 9
    year = yoe + era * 400 + if(month <= 2, do: 1, else: 0)
    {year, month, day}
  end

  # 1 is Monday, as Date.day_of_week/1 counts; 0000-01-01 was a Saturday.
  def day_of_week(year, month, day), do: Integer.mod(date_to_days(year, month, day) + 5, 7) + 1
end

defmodule Date do
  defstruct [:year, :month, :day, calendar: :"Elixir.Calendar.ISO"]

  def new(year, month, day, calendar \\ Calendar.ISO) do
    if Calendar.ISO.valid_date?(year, month, day),
      do: {:ok, %Date{year: year, month: month, day: day, calendar: calendar}},
      else: {:error, :invalid_date}
  end

  def new!(year, month, day, calendar \\ Calendar.ISO) do
    case new(year, month, day, calendar) do
      {:ok, date} -> date
      {:error, reason} -> raise ArgumentError, "cannot build date, reason: #{inspect(reason)}"
    end
  end

  def from_iso8601(string, calendar \\ Calendar.ISO)

  def from_iso8601(<<y::binary-size(4), ?-, m::binary-size(2), ?-, d::binary-size(2)>>, calendar) do
    with {year, ""} <- Integer.parse(y),
         {month, ""} <- Integer.parse(m),
         {day, ""} <- Integer.parse(d) do
      new(year, month, day, calendar)
    else
      _ -> {:error, :invalid_format}
    end
  end

  def from_iso8601(_string, _calendar), do: {:error, :invalid_format}

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, date} -> date
      {:error, reason} -> raise ArgumentError, "cannot parse #{inspect(string)} as date, reason: #{inspect(reason)}"
    end
  end

  def to_iso8601(%{year: year, month: month, day: day}, _format \\ :extended) do
    pad(year, 4) <> "-" <> pad(month, 2) <> "-" <> pad(day, 2)
  end

  def to_string(date), do: to_iso8601(date)

  def utc_today do
    {year, month, day} = Calendar.ISO.days_to_date(div(:os.system_time(:second), 86_400) + 719_528)
    %Date{year: year, month: month, day: day}
  end

  def leap_year?(%{year: year}), do: Calendar.ISO.leap_year?(year)
  def days_in_month(%{year: year, month: month}), do: Calendar.ISO.days_in_month(year, month)
  def day_of_week(%{year: y, month: m, day: d}), do: Calendar.ISO.day_of_week(y, m, d)
  def day_of_year(%{year: y, month: m, day: d}), do: Calendar.ISO.date_to_days(y, m, d) - Calendar.ISO.date_to_days(y, 1, 1) + 1

  def add(%{year: y, month: m, day: d} = date, days) when is_integer(days) do
    {year, month, day} = Calendar.ISO.days_to_date(Calendar.ISO.date_to_days(y, m, d) + days)
    %Date{year: year, month: month, day: day, calendar: Map.get(date, :calendar, Calendar.ISO)}
  end

  def diff(%{year: y1, month: m1, day: d1}, %{year: y2, month: m2, day: d2}),
    do: Calendar.ISO.date_to_days(y1, m1, d1) - Calendar.ISO.date_to_days(y2, m2, d2)

  def compare(date1, date2) do
    case diff(date1, date2) do
      0 -> :eq
      n when n < 0 -> :lt
      _ -> :gt
    end
  end

  def before?(date1, date2), do: compare(date1, date2) == :lt
  def after?(date1, date2), do: compare(date1, date2) == :gt

  defp pad(n, width) when n < 0, do: "-" <> pad(-n, width)
  defp pad(n, width), do: String.pad_leading(Integer.to_string(n), width, "0")
end

defimpl String.Chars, for: Date do
  def to_string(date), do: Date.to_iso8601(date)
end
