export default function PoolView() {
  return <h1 className="view-title">Pooling</h1>;
}
